// Server-side Dollr client for the proxy. Reads the unprefixed env vars.
const BASE_URL = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
let cached = null;

export async function dollrToken() {
  if (cached && Date.now() < cached.expiresAt) return cached.token;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
    signal: AbortSignal.timeout(15000),
  });
  const data = await res.json();
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + (data.expires_in - 5) * 60_000 };
  console.log(`[dollr] token ${data.access_token.slice(0, 6)}… valid ${data.expires_in} min`);
  return cached.token;
}

export async function dollr(method, path, body) {
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await dollrToken()}`, "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(15000),
  });
  const json = await res.json();
  if (!res.ok) {
    console.error(`[dollr] ${method} ${path} -> ${res.status}`, json.detail);
    throw new Error(`dollr ${res.status}`);
  }
  return json;
}
