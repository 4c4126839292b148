import "server-only";

const BASE_URL = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
const TIMEOUT_MS = 10_000;

let token: { value: string; expiresAt: number } | null = null;

async function accessToken(): Promise<string> {
  // expires_in counts minutes; renew five minutes before the end
  if (token && token.expiresAt - Date.now() > 5 * 60_000) return token.value;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  const data = await res.json();
  token = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 60 * 1000 };
  return token.value;
}

export async function realtimeKey(sessionId: number, referenceId: string) {
  const res = await fetch(`${BASE_URL}/v1/realtime-keys/collection`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await accessToken()}`, "Content-Type": "application/json" },
    body: JSON.stringify({ session_id: sessionId, source_type: "ORDER", reference_id: referenceId }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`realtime key failed: ${res.status}`);
  return (await res.json()) as { access_token: string; expires_in: number };
}

export async function collectionStatus(referenceId: string): Promise<{ status: string }> {
  const res = await fetch(`${BASE_URL}/v1/status/collection/${referenceId}`, {
    headers: { Authorization: `Bearer ${await accessToken()}` },
  });
  if (!res.ok) throw new Error(`status failed: ${res.status}`);
  return res.json();
}
