export async function POST() {
  // ok: client-bundle-secret
  const res = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      // ok: client-bundle-secret
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
  });
  return Response.json({ ok: res.ok });
}
