import "server-only";

// Server-only Dollr client. `server-only` fails the build if a Client Component
// imports this module, so DOLLR_CLIENT_SECRET can never reach the bundle.
const BASE = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";

let cached: { token: string; expiresAt: number } | null = null;

export async function dollrToken(): Promise<string> {
  // Refresh when fewer than 5 minutes remain; expires_in is in minutes.
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;

  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    cache: "no-store",
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`Dollr token request failed with ${res.status}`);
  const data: { access_token: string; expires_in: number } = await res.json();
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  console.info(`Dollr token refreshed (${cached.token.slice(0, 6) + "…"}), valid ${data.expires_in} min`);
  return cached.token;
}

export async function dollr<T>(path: string, body?: unknown): Promise<T> {
  const token = await dollrToken();
  const res = await fetch(`${BASE}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`Dollr ${path} failed with ${res.status}`);
  return res.json() as Promise<T>;
}
