// Order status for the rider app. Normal calls go through our API; when the API
// is unreachable the rider can still check a payment straight with Dollr.
const API_URL = process.env.EXPO_PUBLIC_API_URL ?? "http://localhost:3000";
const DOLLR_URL = "https://api.heydollr.app";

export async function paymentStatus(sessionToken: string, referenceId: string): Promise<string> {
  try {
    const res = await fetch(`${API_URL}/api/payments/${referenceId}`, {
      headers: { Authorization: `Bearer ${sessionToken}` },
      signal: AbortSignal.timeout(8_000),
    });
    if (res.ok) return (await res.json()).status;
  } catch {
    // fall through to Dollr
  }
  return dollrStatus(referenceId);
}

let cached: { token: string; expiresAt: number } | null = null;

async function dollrToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const res = await fetch(`${DOLLR_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.EXPO_PUBLIC_DOLLR_CLIENT_ID,
      client_secret: process.env.EXPO_PUBLIC_DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(8_000),
  });
  const data = await res.json();
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  return cached.token;
}

async function dollrStatus(referenceId: string): Promise<string> {
  const res = await fetch(`${DOLLR_URL}/v1/status/collection/${referenceId}`, {
    headers: { Authorization: `Bearer ${await dollrToken()}` },
    signal: AbortSignal.timeout(8_000),
  });
  return (await res.json()).status;
}
