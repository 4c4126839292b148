import { serverEnvironment as env } from './environment';

type Token = { value: string; refreshAt: number };
let token: Token | undefined;

export class DollrError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`Dollr ${status}`);
  }
}

async function accessToken(): Promise<string> {
  if (token && Date.now() < token.refreshAt) return token.value;
  const res = await fetch(`${env.dollrBaseUrl}/v1/jwt/client/obtain/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: env.dollrClientId, client_secret: process.env['DOLLR_CLIENT_SECRET'] }),
    signal: AbortSignal.timeout(env.requestTimeoutMs),
  });
  if (!res.ok) throw new DollrError(res.status, await res.text());
  const body = (await res.json()) as { access_token: string; expires_in: number };
  token = { value: body.access_token, refreshAt: Date.now() + (body.expires_in - 5) * 60_000 }; // minutes
  console.log('[dollr] new access token, %d chars, valid %d min', body.access_token.length, body.expires_in);
  return body.access_token;
}

export async function dollr<T = any>(method: 'GET' | 'POST' | 'PUT', path: string, body?: object): Promise<T> {
  const res = await fetch(`${env.dollrBaseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await accessToken()}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(env.requestTimeoutMs),
  });
  if (!res.ok) throw new DollrError(res.status, await res.json().catch(() => null));
  return (await res.json()) as T;
}
