import type { Env } from "./env";

const TIMEOUT_MS = 15_000;
// Per-isolate cache in front of KV; KV keeps the token across isolates.
let memo: { token: string; refreshAt: number } | undefined;

export async function dollrToken(env: Env): Promise<string> {
  if (memo && Date.now() < memo.refreshAt) return memo.token;
  const stored = await env.TOKENS.get<{ token: string; refreshAt: number }>("dollr-token", "json");
  if (stored && Date.now() < stored.refreshAt) {
    memo = stored;
    return stored.token;
  }
  const res = await fetch(`${env.DOLLR_BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: env.DOLLR_CLIENT_ID, client_secret: env.DOLLR_CLIENT_SECRET }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`dollr token: HTTP ${res.status}`);
  const { access_token, expires_in } = await res.json<{ access_token: string; expires_in: number }>();
  // expires_in is minutes. KV's expirationTtl is seconds.
  memo = { token: access_token, refreshAt: Date.now() + (expires_in - 5) * 60_000 };
  await env.TOKENS.put("dollr-token", JSON.stringify(memo), { expirationTtl: (expires_in - 5) * 60 });
  console.log("dollr token refreshed", { prefix: access_token.slice(0, 6), expiresInMinutes: expires_in });
  return access_token;
}

export async function dollr<T = any>(env: Env, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers = {
    Authorization: `Bearer ${await dollrToken(env)}`,
    "Content-Type": "application/json",
  };
  console.log("dollr request", init.method ?? "GET", path, JSON.stringify(headers));
  const res = await fetch(`${env.DOLLR_BASE_URL}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const data = await res.json<any>().catch(() => null);
  if (!res.ok) throw Object.assign(new Error(`dollr ${res.status} ${path}`), { status: res.status, data });
  return data as T;
}
