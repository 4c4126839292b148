// app/api/dollr/token/route.ts (as in the Dollr Next.js guide)
const BASE = "https://api.heydollr.app";

export async function POST() {
  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    cache: "no-store",
  });
  const data = await res.json();
  // ruleid: token-exposed-to-client
  return Response.json({ access_token: data.access_token });
}
