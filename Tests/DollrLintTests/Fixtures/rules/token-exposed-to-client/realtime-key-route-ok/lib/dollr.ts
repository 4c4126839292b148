import "server-only";

let cached: { token: string; expiresAt: number } | null = null;

export async function dollrHeaders() {
  if (!cached || cached.expiresAt - Date.now() < 5 * 60_000) {
    const data = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
    }).then((r) => r.json());
    cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  }
  // ok: token-exposed-to-client
  return { Authorization: `Bearer ${cached.token}`, "Content-Type": "application/json" };
}
