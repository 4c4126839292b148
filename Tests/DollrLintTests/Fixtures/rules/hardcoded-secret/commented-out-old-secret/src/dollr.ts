// Rotated 2025-03: use the env var now.
// ruleid: hardcoded-secret
// const CLIENT_SECRET = "5KjoIWtrxeYpKZJl4K9rkB4N66RPuoiP1ZAp";
// ok: hardcoded-secret
// Never hard-code client_secret: read process.env.DOLLR_CLIENT_SECRET instead.
const CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET!;

export async function token() {
  const r = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: CLIENT_SECRET }),
  });
  return (await r.json()).access_token as string;
}
