// Receipt lookups straight from the browser, so the receipt page works even
// when the Express API is being redeployed.
const DOLLR_BASE = "https://api.heydollr.app";
const clientId = import.meta.env.VITE_DOLLR_CLIENT_ID;
const clientSecret = import.meta.env.VITE_DOLLR_CLIENT_SECRET;

let cached: { token: string; expiresAt: number } | null = null;

async function accessToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const res = await fetch(`${DOLLR_BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
    signal: AbortSignal.timeout(10_000),
  });
  const data = await res.json();
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  return cached.token;
}

export async function receiptLink(orderNumber: string): Promise<string> {
  const params = new URLSearchParams({ source_type: "ORDER", source_number: orderNumber });
  const res = await fetch(`${DOLLR_BASE}/v1/links/receipt?${params}`, {
    headers: { Authorization: `Bearer ${await accessToken()}` },
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()).url;
}
