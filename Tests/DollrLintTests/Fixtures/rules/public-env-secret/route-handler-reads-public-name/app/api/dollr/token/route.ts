const BASE = "https://api.heydollr.app";

export async function POST() {
  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      // ok: public-env-secret
      client_id: process.env.NEXT_PUBLIC_DOLLR_CLIENT_ID,
      // ruleid: public-env-secret
      client_secret: process.env.NEXT_PUBLIC_DOLLR_CLIENT_SECRET,
    }),
    cache: "no-store",
  });
  const { expires_in } = await res.json();
  return Response.json({ ok: res.ok, expires_in });
}
