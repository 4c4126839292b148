// ok: public-env-secret
import { DOLLR_CLIENT_ID, DOLLR_CLIENT_SECRET } from "$env/static/private";

export async function load({ url }) {
  const res = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: DOLLR_CLIENT_ID, client_secret: DOLLR_CLIENT_SECRET }),
  });
  const { expires_in } = await res.json();
  return { orderId: url.searchParams.get("order"), expiresIn: expires_in };
}
