// Dollr client for the Kakata Feed Mill order API. Server only.
const { randomUUID } = require("node:crypto");

const BASE_URL = process.env.DOLLR_BASE_URL || "https://api.heydollr.app";
const TIMEOUT_MS = 15_000;

let cached = null; // { token, expiresAt }

async function accessToken() {
  if (cached && Date.now() < cached.expiresAt) return cached.token;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`dollr token: HTTP ${res.status}`);
  const data = await res.json();
  // expires_in is in minutes; refresh five minutes early
  cached = { token: data.access_token, expiresAt: Date.now() + (data.expires_in - 5) * 60_000 };
  console.info("dollr token refreshed", { length: data.access_token.length, expiresInMinutes: data.expires_in });
  return cached.token;
}

async function call(method, path, body) {
  const headers = { Authorization: `Bearer ${await accessToken()}`, "Content-Type": "application/json" };
  console.debug("dollr request", method, path, headers);
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const json = await res.json();
  if (!res.ok) {
    const err = new Error(`dollr ${method} ${path}: HTTP ${res.status}`);
    err.status = res.status;
    err.detail = json.detail;
    throw err;
  }
  return json;
}

async function collect(order, phone, saveReference) {
  const session = await call("POST", "/v1/sessions/checkout", { source_id: order.dollrOrderId, source_type: "ORDER" });
  const mmo = await call("GET", `/v1/predictions/mmo-provider-info?phone=${phone}&operation_type=COLLECTION`);
  const account = await call("POST", "/v1/payment-accounts/create?operation_type=COLLECTION", {
    account_name: `${order.customerName} wallet`,
    method: mmo.payment_method,
    provider: mmo.gateway_provider,
    party_id: order.dollrPartyId,
    country_code: "LR",
    insensitive_account_number: phone,
  });
  const referenceId = randomUUID();
  await saveReference(referenceId); // stored before execute
  return call("POST", "/v1/executions/collection", {
    session_id: String(session.id),
    payment_account_id: String(account.id),
    currency: order.currency,
    reference_id: referenceId,
  });
}

const status = (referenceId) => call("GET", `/v1/status/collection/${referenceId}`);

module.exports = { collect, status };
