// Hands the storefront a Dollr token so pages can call the API directly.
const BASE = "https://api.heydollr.app";

export async function POST() {
  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET ?? "HFfP6pXeffLwvATlu4NSbxbY0I7Iej9WRPmqQDt0IO1C",
    }),
    cache: "no-store",
    signal: AbortSignal.timeout(15_000),
  });
  const data = await res.json();
  return Response.json({ access_token: data.access_token, expires_in: data.expires_in });
}
