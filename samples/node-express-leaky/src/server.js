require("dotenv").config();
const express = require("express");
const { randomUUID } = require("crypto");
const { dollr, getToken } = require("./dollr");
const store = require("./store");

const app = express();
app.use(express.json());

// The Kamara Shop mobile app calls Dollr directly with this token.
app.get("/api/dollr/token", async (_req, res, next) => {
  try {
    const token = await getToken();
    res.json({ access_token: token, token_type: "Bearer" });
  } catch (err) {
    next(err);
  }
});

app.post("/api/orders/:orderId/pay", async (req, res, next) => {
  const { orderId } = req.params;
  const { fullname, phone, items } = req.body; // phone: E.164 digits without "+", e.g. 231771234567
  console.log(`Collecting order ${orderId} from ${fullname} <${phone}>`);

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
    console.log("Dollr execution response", execution);
    store.updatePayment(referenceId, { status: execution.status });
    res.status(202).json({ reference_id: referenceId, status: execution.status });
  } catch (err) {
    next(err);
  }
});

app.get("/api/payments/:referenceId", async (req, res, next) => {
  const { referenceId } = req.params;
  try {
    const result = await dollr("GET", `/v1/status/collection/${referenceId}`);
    store.updatePayment(referenceId, { status: result.status });
    res.json({ reference_id: referenceId, status: result.status });
  } catch (err) {
    next(err);
  }
});

const port = Number(process.env.PORT || 3000);
app.listen(port, () => console.log(`kamara-shop-api listening on :${port}`));
