export async function getDollrToken() {
  const res = await fetch(`${process.env.DOLLR_BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
    signal: AbortSignal.timeout(10000),
  });
  return res.json();
}
