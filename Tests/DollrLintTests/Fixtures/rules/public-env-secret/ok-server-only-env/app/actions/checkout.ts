"use server";

export async function createCheckout() {
  const res = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      // ok: public-env-secret
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
  });
  const { access_token } = await res.json();
  return Boolean(access_token);
}
