const { randomUUID } = require("crypto");

async function pay(http, payment) {
  // A request id for the logs is not the payment's reference.
  return http.post(
    "/v1/executions/collection",
    {
      session_id: payment.sessionId,
      payment_account_id: payment.accountId,
      currency: "USD",
      reference_id: payment.referenceId,
    },
    // ok: reference-id-after-execute
    { headers: { "X-Request-Id": randomUUID() }, timeout: 30000 },
  );
}

module.exports = { pay };
