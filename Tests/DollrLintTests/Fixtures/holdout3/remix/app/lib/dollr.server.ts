// Server-only Dollr client. The ".server" suffix keeps Remix from ever
// bundling this module (or DOLLR_CLIENT_SECRET) into the browser build.
const BASE_URL = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
const TIMEOUT_MS = 15_000;

type CachedToken = { value: string; expiresAt: number };
let cached: CachedToken | null = null;
let inflight: Promise<string> | null = null;

export class DollrError extends Error {
  constructor(public status: number, public body: unknown) {
    super(`Dollr responded ${status}`);
  }
}

async function obtainToken(): Promise<string> {
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new DollrError(res.status, await res.json().catch(() => null));
  const data = (await res.json()) as { access_token: string; expires_in: number };
  // expires_in is in minutes; refresh five minutes early.
  cached = { value: data.access_token, expiresAt: Date.now() + (data.expires_in - 5) * 60_000 };
  console.info("[dollr] token refreshed", { length: data.access_token.length, expiresInMinutes: data.expires_in });
  return data.access_token;
}

export async function getDollrToken(): Promise<string> {
  if (cached && Date.now() < cached.expiresAt) return cached.value;
  inflight ??= obtainToken().finally(() => {
    inflight = null;
  });
  return inflight;
}

export async function dollr<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<T> {
  const headers = {
    Authorization: `Bearer ${await getDollrToken()}`,
    "Content-Type": "application/json",
  };
  console.debug("[dollr]", method, path, "auth:", headers.Authorization);
  const res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new DollrError(res.status, await res.json().catch(() => null));
  return (await res.json()) as T;
}
