import { env } from "$env/dynamic/private";

export async function load() {
  // ok: client-bundle-secret
  const r = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // ok: client-bundle-secret
    body: JSON.stringify({ client_id: env.DOLLR_CLIENT_ID, client_secret: env.DOLLR_CLIENT_SECRET }),
  });
  return { credentials: { client_id: env.DOLLR_CLIENT_ID }, ok: r.ok };
}
