import { DOLLR_CLIENT_ID, DOLLR_CLIENT_SECRET } from "$env/static/private";

const BASE_URL = "https://api.heydollr.app";
const TIMEOUT_MS = 20_000;

let cached: { token: string; expiresAt: number } | null = null;

async function accessToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: DOLLR_CLIENT_ID, client_secret: DOLLR_CLIENT_SECRET }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`Dollr token: HTTP ${res.status}`);
  const data = await res.json();
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  console.info(`[dollr] token refreshed, ${cached.token.length} chars, valid ${data.expires_in} min`);
  return cached.token;
}

async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers = { Authorization: `Bearer ${await accessToken()}`, "Content-Type": "application/json" };
  console.debug("[dollr]", init.method ?? "GET", path, headers);
  const res = await fetch(`${BASE_URL}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`Dollr ${path}: HTTP ${res.status}`);
  return res.json() as Promise<T>;
}

export const dollr = {
  mmoProvider: (phone: string) =>
    call<{ payment_method: string; gateway_provider: string }>(
      `/v1/predictions/mmo-provider-info?${new URLSearchParams({ phone, operation_type: "COLLECTION" })}`,
    ),

  checkoutSession: (orderId: number) =>
    call<{ id: number }>("/v1/sessions/checkout", {
      method: "POST",
      body: { source_id: orderId, source_type: "ORDER" },
    }),

  momoAccount: (partyId: number, phone: string, method: string, provider: string) =>
    call<{ id: number }>("/v1/payment-account/create?operation_type=COLLECTION", {
      method: "POST",
      body: {
        account_name: `Customer ${partyId} MoMo`,
        method,
        provider,
        party_id: partyId,
        country_code: "LR",
        insensitive_account_number: phone,
      },
    }),

  cardAccount: (partyId: number) =>
    call<{ id: number }>("/v1/payment-accounts/create?operation_type=COLLECTION", {
      method: "POST",
      body: {
        account_name: `Customer ${partyId} card`,
        method: "CREDIT_CARD",
        provider: "PAWAPAY",
        party_id: partyId,
      },
    }),

  collect: (sessionId: number, paymentAccountId: number, referenceId: string) =>
    call<{ status: string; requires_action?: boolean; client_secret?: string }>("/v1/executions/collection", {
      method: "POST",
      body: {
        session_id: String(sessionId),
        payment_account_id: String(paymentAccountId),
        currency: "USD",
        reference_id: referenceId,
      },
    }),

  realtimeKey: (sessionId: number, referenceId: string) =>
    call<{ access_token: string; expires_in: number }>("/v1/realtime-keys/collection", {
      method: "POST",
      body: { session_id: sessionId, source_type: "ORDER", reference_id: referenceId },
    }),

  status: (referenceId: string) => call<{ status: string }>(`/v1/status/collection/${referenceId}`),
};
