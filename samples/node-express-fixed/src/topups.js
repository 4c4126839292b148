// Wallet top-ups: the shop credits the customer's store wallet once Dollr has collected the amount.
const { randomUUID } = require("crypto");
const { dollr } = require("./dollr");
const { withRetry } = require("./retry");
const store = require("./store");

const LANDED = ["COMPLETED", "PROCESSING"];

// One reference_id per top-up, stored before the first attempt; a retry first asks Dollr whether the
// attempt whose answer was lost went through (https://docs.heydollr.app/guides/error-handling).
async function collectTopUp({ sessionId, accountId }) {
  const referenceId = randomUUID();
  store.savePayment({ referenceId, kind: "TOPUP", status: "PENDING" });
  return withRetry(async (attempt) => {
    if (attempt > 0) {
      const current = await dollr("GET", `/v1/status/collection/${referenceId}`).catch(() => null);
      if (current && LANDED.includes(current.status)) return current;
    }
    return dollr("POST", "/v1/executions/collection", {
      body: { session_id: sessionId, payment_account_id: accountId, currency: "USD", reference_id: referenceId },
    });
  });
}

async function settleTopUp(referenceId) {
  const result = await dollr("GET", `/v1/status/collection/${referenceId}`);
  store.updatePayment(referenceId, { status: result.status });
  if (result.status === "COMPLETED") return { credited: true };
  if (result.status === "FAILED") return { credited: false, message: "Top-up failed, please try again" };
  // PENDING or PROCESSING: the customer is still approving on the phone.
  return { credited: false, message: "Waiting for approval on your phone" };
}

module.exports = { collectTopUp, settleTopUp };
