const crypto = require("node:crypto");
const winston = require("winston");
const { dollrHeaders } = require("./dollr");

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

async function collect(req, res) {
  const { phone, email, fullname, sessionId, paymentAccountId } = req.body;
  const referenceId = crypto.randomUUID();
  const payload = {
    session_id: String(sessionId),
    payment_account_id: String(paymentAccountId),
    currency: "USD",
    reference_id: referenceId,
  };
  // ruleid: sensitive-data-logging
  logger.info("collecting from payer", { phone, email, fullname });
  // ok: sensitive-data-logging
  logger.info("collecting", { reference_id: referenceId, session_id: payload.session_id });
  const execution = await fetch("https://api.heydollr.app/v1/executions/collection", {
    method: "POST",
    headers: await dollrHeaders(),
    body: JSON.stringify(payload),
  }).then((r) => r.json());
  // ruleid: sensitive-data-logging
  console.log("Dollr execution response:", JSON.stringify(execution));
  // ok: sensitive-data-logging
  console.log("Execution status:", execution.status, "ref", referenceId);
  // ok: sensitive-data-logging
  console.log("Never log card numbers, phone numbers or the 3DS client_secret");
  res.json({ status: execution.status, reference_id: referenceId });
}

module.exports = { collect };
