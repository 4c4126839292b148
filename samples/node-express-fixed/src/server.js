require("dotenv").config();
const express = require("express");
const { randomUUID } = require("crypto");
const { dollr } = require("./dollr");
const store = require("./store");

const app = express();
app.use(express.json());

// The mobile app never sees a Dollr token: it calls these routes, and only this
// server talks to api.heydollr.app.

app.post("/api/orders/:orderId/pay", async (req, res, next) => {
  const { orderId } = req.params;
  const { fullname, phone, items } = req.body; // phone: E.164 digits without "+", e.g. 231771234567
  console.info("collection requested", { orderId, items: items.length });

  try {
    const party = await dollr("POST", "/v1/parties/create", {
      body: { fullname, phone, country_code: "LR" },
    });
    const cp = await dollr("POST", "/v1/counterparties/create", {
      body: { relationship_type: "CUSTOMER", party_id: party.id },
    });
    const order = await dollr("POST", "/v1/orders/create", {
      body: { counterparty_id: cp.id, currency: "USD", note: `Order #${orderId}`, fee_bearer: "PAYER", as_payment_link: false },
    });
    for (const item of items) {
      await dollr("POST", `/v1/orders/${order.id}/items/add`, {
        body: { name: item.name, currency: "USD", qty: item.qty, amount: item.amount },
      });
    }
    await dollr("PUT", `/v1/orders/publish/${order.id}`);

    // MTN_MOMO_LBR or ORANGE_MONEY_LBR, routed through PAWAPAY
    const mmo = await dollr("GET", "/v1/predictions/mmo-provider-info", {
      params: { phone, operation_type: "COLLECTION" },
    });
    const account = await dollr("POST", "/v1/payment-accounts/create", {
      params: { operation_type: "COLLECTION" },
      body: {
        account_name: `${fullname} MoMo`,
        provider: mmo.gateway_provider,
        method: mmo.payment_method,
        party_id: party.id,
        country_code: "LR",
        insensitive_account_number: phone,
      },
    });
    const session = await dollr("POST", "/v1/sessions/checkout", {
      body: { source_id: order.id, source_type: "ORDER" },
    });

    // Idempotency key: minted and stored before the execute call.
    const referenceId = randomUUID();
    store.savePayment({ referenceId, orderId, status: "PENDING" });

    const execution = await dollr("POST", "/v1/executions/collection", {
      body: {
        session_id: String(session.id),
        payment_account_id: String(account.id),
        currency: "USD",
        reference_id: referenceId,
      },
    });
    console.info("collection submitted", { reference_id: referenceId, status: execution.status });
    store.updatePayment(referenceId, { status: execution.status });
    res.status(202).json({ status: execution.status, reference_id: referenceId });
  } catch (err) {
    console.error("collection failed", { orderId, error: err.message });
    next(err);
  }
});

app.get("/api/payments/:referenceId", async (req, res, next) => {
  const { referenceId } = req.params;
  try {
    const result = await dollr("GET", `/v1/status/collection/${referenceId}`);
    store.updatePayment(referenceId, { status: result.status });
    res.json({ status: result.status, reference_id: referenceId });
  } catch (err) {
    next(err);
  }
});

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  app.listen(port, () => console.log(`kamara-shop-api listening on http://localhost:${port}`));
}

module.exports = app;
