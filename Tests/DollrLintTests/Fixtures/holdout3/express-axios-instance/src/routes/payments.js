const crypto = require("node:crypto");
const express = require("express");
const { dollrHttp } = require("../dollr/http");
const { withRetry } = require("../dollr/retry");
const db = require("../db");
const logger = require("../logger");

const router = express.Router();

// POST /v1/orders/:id/pay  (our API for the counter tablets, not a Dollr path)
router.post("/v1/orders/:id/pay", async (req, res, next) => {
  try {
    const order = await db.orders.get(req.params.id);
    const { phone } = req.body;

    const { data: session } = await dollrHttp.post("/v1/sessions/checkout", {
      source_id: order.dollr_invoice_id,
      source_type: "INVOICE",
    });
    const { data: mmo } = await withRetry(() =>
      dollrHttp.get("/v1/predictions/mmo-provider-info", { params: { phone, operation_type: "COLLECTION" } }),
    );
    const { data: account } = await dollrHttp.post(
      "/v1/payment-accounts/create",
      {
        account_name: `${order.customer_name} wallet`,
        method: mmo.payment_method,
        provider: mmo.gateway_provider,
        party_id: order.dollr_party_id,
        country_code: "LR",
        insensitive_account_number: phone,
      },
      { params: { operation_type: "COLLECTION" } },
    );

    const referenceId = crypto.randomUUID();
    await db.payments.insert({ orderId: order.id, referenceId, status: "PENDING" });
    const { data: execution } = await dollrHttp.post("/v1/executions/collection", {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: order.currency,
      reference_id: referenceId,
    });
    await db.payments.setStatus(referenceId, execution.status);
    logger.info("collection started", { orderId: order.id, referenceId, status: execution.status });
    res.status(202).json({ referenceId, status: execution.status });
  } catch (err) {
    next(err);
  }
});

// GET /v1/orders/:id/payments/:ref  (ours) -> Dollr status, retried as a read
router.get("/v1/orders/:id/payments/:ref", async (req, res, next) => {
  try {
    const { data } = await withRetry(() => dollrHttp.get(`/v1/status/collection/${req.params.ref}`));
    await db.payments.setStatus(req.params.ref, data.status);
    logger.info("collection status", { referenceId: req.params.ref, status: data.status, gatewayMessage: data.gateway_message });
    res.json({ referenceId: req.params.ref, status: data.status });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
