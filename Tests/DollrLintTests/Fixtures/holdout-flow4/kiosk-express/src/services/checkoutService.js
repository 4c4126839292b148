const crypto = require("crypto");
const util = require("util");
const gateway = require("../lib/payClient");
const Orders = require("../models/orders");
const logger = require("../utils/logger");

const OP = "collection";

async function chargeWallet(order, account) {
  const session = await gateway.post("/v1/sessions/checkout", {
    source_id: order.invoiceId,
    source_type: "INVOICE",
  });

  const execution = await gateway.post(util.format("/v1/executions/%s", OP), {
    session_id: String(session.id),
    payment_account_id: String(account.id),
    currency: "USD",
    reference_id: crypto.randomUUID(),
  });
  console.log("collection result", execution);

  await Orders.update(order.id, {
    status: "AWAITING_PAYMENT",
    reference: execution.reference_id,
  });
  return execution;
}

async function chargeCardAgain(order, account) {
  // card re-attempt after the customer changed cards: new attempt, new key,
  // persisted before we hit the network
  const referenceId = crypto.randomUUID();
  await Orders.update(order.id, { reference: referenceId, status: "AWAITING_PAYMENT" });

  const session = await gateway.post("/v1/sessions/checkout", {
    source_id: order.invoiceId,
    source_type: "INVOICE",
  });
  const execution = await gateway.post(`/v1/executions/${OP}`, {
    session_id: String(session.id),
    payment_account_id: String(account.id),
    currency: "LRD",
    reference_id: referenceId,
  });
  logger.info("card attempt submitted", { orderId: order.id, referenceId, status: execution.status });
  return execution.status;
}

async function refreshOrder(order) {
  const st = await gateway.get(util.format("/v1/status/%s/%s", OP, order.reference));
  if (st.status === "COMPLETED") {
    return Orders.update(order.id, { status: "PAID" });
  }
  if (st.status === "FAILED") {
    return Orders.update(order.id, { status: "PAYMENT_FAILED" });
  }
  // PENDING / PROCESSING: carrier still confirming, leave it for the next sweep
  return null;
}

module.exports = { chargeWallet, chargeCardAgain, refreshOrder };
