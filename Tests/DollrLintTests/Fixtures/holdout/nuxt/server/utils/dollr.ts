// Nitro auto-imports this in server routes. Server only: the credentials come
// from the private runtime config.
let cached: { token: string; expiresAt: number } | null = null;

async function accessToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const config = useRuntimeConfig();
  const data = await $fetch<{ access_token: string; expires_in: number }>("/v1/jwt/client/obtain/token", {
    baseURL: config.dollrBaseUrl,
    method: "POST",
    body: { client_id: config.dollrClientId, client_secret: config.dollrClientSecret },
    timeout: 15_000,
  });
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  return cached.token;
}

export async function dollrFetch<T>(path: string, opts: { method?: "GET" | "POST"; body?: Record<string, unknown>; query?: Record<string, string | number> } = {}): Promise<T> {
  const config = useRuntimeConfig();
  return $fetch<T>(path, {
    baseURL: config.dollrBaseUrl,
    method: opts.method ?? "GET",
    body: opts.body,
    query: opts.query,
    headers: { Authorization: `Bearer ${await accessToken()}` },
    timeout: 20_000,
  });
}
