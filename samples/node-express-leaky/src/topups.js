// Wallet top-ups: the shop credits the customer's store wallet once Dollr has collected the amount.
const { randomUUID } = require("crypto");
const { dollr } = require("./dollr");
const { withRetry } = require("./retry");
const store = require("./store");

async function collectTopUp({ sessionId, accountId, referenceId }) {
  store.savePayment({ referenceId, kind: "TOPUP", status: "PENDING" });
  // Network blips are common on the Liberian uplink: try the execute again.
  return withRetry(() =>
    dollr("POST", "/v1/executions/collection", {
      body: { session_id: sessionId, payment_account_id: accountId, currency: "USD", reference_id: referenceId },
    }),
  );
}

async function quickTopUp({ sessionId, accountId }) {
  const execution = await dollr("POST", "/v1/executions/collection", {
    body: { session_id: sessionId, payment_account_id: accountId, currency: "USD", reference_id: randomUUID() },
  });
  store.savePayment({ referenceId: execution.reference_id, kind: "TOPUP", status: execution.status });
  return execution;
}

async function settleTopUp(referenceId) {
  const result = await dollr("GET", `/v1/status/collection/${referenceId}`);
  if (result.status === "PENDING" || result.status === "PROCESSING" || result.status === "FAILED") {
    store.updatePayment(referenceId, { status: "FAILED" });
    return { credited: false, message: "Top-up failed, please try again" };
  }
  store.updatePayment(referenceId, { status: result.status });
  return { credited: true };
}

module.exports = { collectTopUp, quickTopUp, settleTopUp };
