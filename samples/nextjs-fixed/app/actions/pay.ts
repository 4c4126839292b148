"use server";

import { randomUUID } from "crypto";
import { sql } from "@vercel/postgres";
import { dollr } from "../../lib/dollr";

type Execution = {
  status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
  requires_action?: boolean;
  client_secret?: string;
};

function assertConfigured() {
  if (!process.env.DOLLR_CLIENT_ID || !process.env.DOLLR_CLIENT_SECRET) {
    throw new Error("DOLLR_CLIENT_ID / DOLLR_CLIENT_SECRET are not configured on the server");
  }
}

// Operator detection runs here, so the browser never needs a Dollr token.
export async function detectOperator(phone: string) {
  assertConfigured();
  const info = await dollr<{ payment_method: string; gateway_provider: string }>(
    `/v1/predictions/mmo-provider-info?phone=${encodeURIComponent(phone)}&operation_type=COLLECTION`,
  );
  return { method: info.payment_method };
}

async function collect(orderId: string, account: Record<string, unknown>) {
  assertConfigured();
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
  await sql`INSERT INTO payments (reference_id, order_id, session_id, status) VALUES (${referenceId}, ${orderId}, ${session.id}, 'PENDING')`;

  const execution = await dollr<Execution>("/v1/executions/collection", {
    session_id: String(session.id),
    payment_account_id: String(paymentAccount.id),
    currency: "USD",
    reference_id: referenceId,
  });
  console.info("collection submitted", { reference_id: referenceId, status: execution.status });
  await sql`UPDATE payments SET status = ${execution.status} WHERE reference_id = ${referenceId}`;
  return { execution, referenceId };
}

export async function payWithMomo(orderId: string, phone: string, method: string) {
  const { execution, referenceId } = await collect(orderId, {
    account_name: "Customer MoMo",
    provider: "PAWAPAY",
    method,
    country_code: "LR",
    insensitive_account_number: phone,
  });
  return { status: execution.status, reference_id: referenceId };
}

export async function payWithCard(orderId: string, paymentMethodId: string) {
  await dollr(
    `/v1/predictions/card-provider-info?payment_method_id=${encodeURIComponent(paymentMethodId)}&operation_type=COLLECTION&provider=STRIPE`,
  );
  const { execution, referenceId } = await collect(orderId, {
    account_name: "Customer Card",
    provider: "STRIPE",
    method: "CREDIT_CARD",
  });
  // The Stripe client_secret is meant for the browser: Stripe.js needs it for 3-D Secure.
  return {
    status: execution.status,
    reference_id: referenceId,
    requires_action: execution.requires_action ?? false,
    client_secret: execution.client_secret ?? null,
  };
}
