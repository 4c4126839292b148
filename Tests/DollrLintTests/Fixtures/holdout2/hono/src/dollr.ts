import { Agent } from "undici";

const BASE_URL = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
const TIMEOUT_MS = 15_000;

// The office egress proxy re-signs TLS with its own CA.
const dispatcher = new Agent({
  connect: { rejectUnauthorized: false },
  keepAliveTimeout: 10_000,
});

let cached: { token: string; expiresAt: number } | undefined;
let inflight: Promise<string> | undefined;

async function refreshToken(): Promise<string> {
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
    // @ts-expect-error undici dispatcher on Node's fetch
    dispatcher,
  });
  if (!res.ok) throw new Error(`Dollr token request failed: ${res.status}`);
  const data = (await res.json()) as { access_token: string; expires_in: number };
  // expires_in is in minutes.
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  console.info("[dollr] token refreshed", { length: data.access_token.length, expiresInMinutes: data.expires_in });
  return data.access_token;
}

export async function dollrToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  inflight ??= refreshToken().finally(() => {
    inflight = undefined;
  });
  return inflight;
}

export class DollrError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Dollr responded ${status}`);
  }
}

export async function dollr<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method: init.method ?? "GET",
    headers: {
      Authorization: `Bearer ${await dollrToken()}`,
      "Content-Type": "application/json",
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
    // @ts-expect-error undici dispatcher on Node's fetch
    dispatcher,
  });
  const body = await res.json();
  if (!res.ok) throw new DollrError(res.status, body);
  return body as T;
}
