import "server-only";

export async function dollrToken(): Promise<string> {
  // ok: client-bundle-secret
  const res = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      // ok: client-bundle-secret
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    cache: "no-store",
  });
  return (await res.json()).access_token;
}
