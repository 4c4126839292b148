// Server-only: imported from API endpoints and .astro frontmatter, never from
// a component with a client:* directive. Unprefixed import.meta.env values are
// not exposed to the browser by Astro.
const BASE_URL = import.meta.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
const CLIENT_ID = import.meta.env.DOLLR_CLIENT_ID;
const CLIENT_SECRET = import.meta.env.DOLLR_CLIENT_SECRET;

let token: { value: string; refreshAt: number } | undefined;

async function accessToken(): Promise<string> {
  if (token && Date.now() < token.refreshAt) return token.value;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`Dollr token request failed: ${res.status}`);
  const { access_token, expires_in } = await res.json();
  // expires_in counts minutes
  token = { value: access_token, refreshAt: Date.now() + (expires_in - 5) * 60 * 1000 };
  console.log(`[dollr] token ok (${access_token.slice(0, 4)}…, ${expires_in} min)`);
  return access_token;
}

export async function dollr<T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${await accessToken()}`, "Content-Type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(15_000),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw Object.assign(new Error(`Dollr ${res.status} on ${path}`), { status: res.status, data });
  return data as T;
}
