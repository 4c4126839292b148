// Server-side Dollr client for the Express API. The credentials come from the
// environment of this process only.
const BASE_URL = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
const TIMEOUT_MS = 20_000;

let cached = null;

export async function getAccessToken() {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`Dollr token: HTTP ${res.status}`);
  const data = await res.json();
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  console.info(`[dollr] token refreshed (${cached.token.slice(0, 6)}…), expires in ${data.expires_in} min`);
  return cached.token;
}

export async function dollr(path, { method = "GET", body } = {}) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await getAccessToken()}`, "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`Dollr ${method} ${path}: HTTP ${res.status}`);
  return res.json();
}

export function createCheckoutSession(orderId) {
  return dollr("/v1/sessions/checkout", {
    method: "POST",
    body: { source_id: orderId, source_type: "ORDER" },
  });
}

export function createMomoAccount({ partyId, phone, method, provider }) {
  return dollr("/v1/payment-accounts/create?operation_type=COLLECTION", {
    method: "POST",
    body: {
      account_name: `Party ${partyId} MoMo`,
      method,
      provider,
      party_id: partyId,
      country_code: "LR",
      insensitive_account_number: phone,
    },
  });
}

export function createCardAccount(partyId) {
  return dollr("/v1/payment-accounts/create?operation_type=COLLECTION", {
    method: "POST",
    body: { account_name: `Party ${partyId} card`, method: "CREDIT_CARD", provider: "STRIPE", party_id: partyId },
  });
}

export function collect({ sessionId, paymentAccountId, referenceId }) {
  return dollr("/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: String(sessionId),
      payment_account_id: String(paymentAccountId),
      currency: "USD",
      reference_id: referenceId,
    },
  });
}

export function realtimeKey(sessionId, referenceId) {
  return dollr("/v1/realtime-keys/collection", {
    method: "POST",
    body: {
      session_id: Number(sessionId),
      source_kind: "ORDER",
      reference_id: referenceId,
    },
  });
}
