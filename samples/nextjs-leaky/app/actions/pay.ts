"use server";

import { randomUUID } from "crypto";
import { sql } from "@vercel/postgres";

const BASE = "https://api.heydollr.app";

type Execution = {
  status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
  reference_id: string;
  requires_action?: boolean;
  client_secret?: string;
};

let cached: { token: string; expiresAt: number } | null = null;

async function dollrHeaders() {
  if (!cached || cached.expiresAt - Date.now() < 5 * 60_000) {
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
    const data = await res.json();
    // expires_in is in minutes
    cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  }
  const headers = { Authorization: `Bearer ${cached.token}`, "Content-Type": "application/json" };
  console.log("Dollr auth headers", headers);
  return headers;
}

async function dollr<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: await dollrHeaders(),
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`Dollr ${path} failed with ${res.status}`);
  return res.json() as Promise<T>;
}

async function collect(orderId: string, account: Record<string, unknown>): Promise<Execution & { reference_id: string }> {
  const { rows } = await sql`SELECT dollr_order_id, dollr_party_id FROM orders WHERE id = ${orderId}`;
  const { dollr_order_id, dollr_party_id } = rows[0];

  const session = await dollr<{ id: number }>("/v1/sessions/checkout", {
    source_id: dollr_order_id,
    source_type: "ORDER",
  });
  const paymentAccount = await dollr<{ id: number }>("/v1/payment-accounts/create?operation_type=COLLECTION", {
    ...account,
    party_id: dollr_party_id,
  });

  // Stored before the execute call so a lost response can be recovered with the status API.
  const referenceId = randomUUID();
  await sql`INSERT INTO payments (reference_id, order_id, status) VALUES (${referenceId}, ${orderId}, 'PENDING')`;

  const execution = await dollr<Execution>("/v1/executions/collection", {
    session_id: String(session.id),
    payment_account_id: String(paymentAccount.id),
    currency: "USD",
    reference_id: referenceId,
  });
  console.log("execution", JSON.stringify(execution));
  await sql`UPDATE payments SET status = ${execution.status} WHERE reference_id = ${referenceId}`;
  return { ...execution, reference_id: referenceId };
}

export async function payWithMomo(orderId: string, phone: string, method: string) {
  const execution = await collect(orderId, {
    account_name: "Customer MoMo",
    provider: "PAWAPAY",
    method,
    country_code: "LR",
    insensitive_account_number: phone,
  });
  return { status: execution.status, reference_id: execution.reference_id };
}

export async function payWithCard(orderId: string, paymentMethodId: string) {
  await dollr(`/v1/predictions/card-provider-info?payment_method_id=${paymentMethodId}&operation_type=COLLECTION&provider=STRIPE`);
  const execution = await collect(orderId, {
    account_name: "Customer Card",
    provider: "STRIPE",
    method: "CREDIT_CARD",
  });
  return {
    status: execution.status,
    reference_id: execution.reference_id,
    requires_action: execution.requires_action ?? false,
    client_secret: execution.client_secret ?? null,
  };
}
