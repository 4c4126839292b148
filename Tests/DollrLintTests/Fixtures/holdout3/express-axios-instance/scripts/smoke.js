#!/usr/bin/env node
// Production smoke test: creates a throwaway payer and a US$1 invoice, then
// collects it from the ops MoMo wallet. Run by hand after each deploy:
//   DOLLR_CLIENT_ID=... DOLLR_CLIENT_SECRET=... npm run smoke
require("dotenv").config();
const { dollrHttp } = require("../src/dollr/http");
const logger = require("../src/logger");

async function main() {
  const { data: party } = await dollrHttp.post("/v1/parties/create", {
    fullname: "BTH Smoke Test",
    phone: "231-77-012-3456",
    country_code: "LR",
  });
  const { data: cp } = await dollrHttp.post("/v1/counterparties/create", { relationship_type: "CUSTOMER", party_id: party.id });
  const { data: invoice } = await dollrHttp.post("/v1/invoices/create", {
    counterparty_id: cp.id,
    currency: "USD",
    note: "smoke test",
    fee_bearer: "PAYEE",
    as_payment_link: false,
  });
  await dollrHttp.post(`/v1/invoices/${invoice.id}/items/add`, { name: "Smoke test item", currency: "USD", qty: 1, amount: 1 });
  await dollrHttp.put(`/v1/invoices/publish/${invoice.id}`);

  const { data: session } = await dollrHttp.post("/v1/sessions/checkout", { source_id: invoice.id, source_type: "INVOICE" });
  const { data: account } = await dollrHttp.post(
    "/v1/payment-accounts/create",
    {
      account_name: "BTH ops wallet",
      method: "MTN_MOMO_LBR",
      provider: "PAWAPAY",
      party_id: party.id,
      country_code: "LR",
      insensitive_account_number: process.env.SMOKE_WALLET,
    },
    { params: { operation_type: "COLLECTION" } },
  );
  const { data: execution } = await dollrHttp.post("/v1/executions/collection", {
    session_id: String(session.id),
    payment_account_id: String(account.id),
    reference_id: "01890a5d-ac96-774b-bcce-b302099a8057",
  });
  logger.info("smoke collection", { referenceId: execution.reference_id, status: execution.status });
}

main().catch((err) => {
  logger.error("smoke failed", { status: err.response?.status, detail: err.response?.data?.detail });
  process.exitCode = 1;
});
