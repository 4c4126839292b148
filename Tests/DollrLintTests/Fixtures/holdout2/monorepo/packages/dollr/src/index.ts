// @kakata/dollr: the Dollr client shared by the web app's server code and the
// ops scripts. Server-only: it reads DOLLR_CLIENT_SECRET from the environment.
import "server-only";

import { randomUUID } from "node:crypto";

const BASE_URL = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app";
const TIMEOUT_MS = 15_000;

let cached: { token: string; expiresAt: number } | null = null;

export async function accessToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`Dollr token request failed: ${res.status}`);
  const data = (await res.json()) as { access_token: string; expires_in: number };
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  console.info(`[dollr] token refreshed ${data.access_token.slice(0, 6)}… (${data.expires_in} min)`);
  return cached.token;
}

export async function dollr<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${BASE_URL}${path}`, {
    method: init.method ?? "GET",
    headers: { Authorization: `Bearer ${await accessToken()}`, "Content-Type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`Dollr ${path} responded ${res.status}`);
  return (await res.json()) as T;
}

export type Execution = {
  status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
  reference_id: string;
  requires_action?: boolean;
  client_secret?: string;
};

/**
 * Starts a collection. The reference_id is handed to `save` (which must persist it)
 * before the execute call is made.
 */
export async function collect(opts: {
  sessionId: number;
  paymentAccountId: number;
  currency: string;
  save: (referenceId: string) => Promise<void>;
}): Promise<Execution> {
  const referenceId = randomUUID();
  await opts.save(referenceId);
  return dollr<Execution>("/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: String(opts.sessionId),
      payment_account_id: String(opts.paymentAccountId),
      currency: opts.currency,
      reference_id: referenceId,
    },
  });
}

/** The kitchen's own Dollr wallet, used to move rider tips between wallets. */
export function createTipsWalletAccount(partyId: number) {
  return dollr<{ id: number }>("/v1/payment-accounts/create?operation_type=TRANSFER", {
    method: "POST",
    body: {
      account_name: "Kakata Kitchen tips wallet",
      method: "WALLET",
      provider: "PAWAPAY",
      party_id: partyId,
    },
  });
}

export function realtimeKey(sessionId: number, referenceId: string) {
  return dollr<{ access_token: string; expires_in: number }>("/v1/realtime-keys/collection", {
    method: "POST",
    body: { session_id: sessionId, source_type: "ORDER", reference_id: referenceId },
  });
}
