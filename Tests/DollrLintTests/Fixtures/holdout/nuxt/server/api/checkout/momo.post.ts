import { randomUUID } from "node:crypto";

// API-embedded MoMo collection for an order already published on Dollr.
export default defineEventHandler(async (event) => {
  const { orderId, phone } = await readBody<{ orderId: number; phone: string }>(event);
  const order = await useOrders().get(orderId);

  const mmo = await dollrFetch<{ payment_method: string; gateway_provider: string }>("/v1/predictions/mmo-provider-info", {
    query: { phone, operation_type: "COLLECTION" },
  });
  const session = await dollrFetch<{ id: number }>("/v1/sessions/checkout", {
    method: "POST",
    body: {
      source_id: order.dollrSourceId,
      source_type: "ORDER",
      currency: "USD",
    },
  });
  const account = await dollrFetch<{ id: number }>("/v1/payment-accounts/create", {
    method: "POST",
    query: { operation_type: "COLLECTION" },
    body: {
      account_name: `${order.customerName} MoMo`,
      method: mmo.payment_method,
      provider: mmo.gateway_provider,
      party_id: order.dollrPartyId,
      country_code: "LR",
      insensitive_account_number: phone,
    },
  });

  // Idempotency key: stored before the execute call.
  const referenceId = randomUUID();
  await usePayments().insert({ referenceId, orderId: order.id, sessionId: session.id });

  const execution = await dollrFetch<{ status: string }>("/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: "USD",
      reference_id: referenceId,
    },
  });
  await usePayments().setStatus(referenceId, execution.status);
  console.info(`[pay] ${referenceId} ${execution.status}`);

  // Realtime key for the live status on the page (a Supabase token made for the browser).
  const live = await dollrFetch<{ access_token: string; expires_in: number }>("/v1/realtime-keys/collection", {
    method: "POST",
    body: { session_id: session.id, source_type: "ORDER", reference_id: referenceId },
  });
  return { referenceId, sessionId: session.id, status: execution.status, realtimeToken: live.access_token };
});
