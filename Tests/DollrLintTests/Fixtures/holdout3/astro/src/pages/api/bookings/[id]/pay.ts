import type { APIRoute } from "astro";
import { dollr } from "../../../../lib/dollr";
import { findBooking, sql } from "../../../../lib/db";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

// POST /api/bookings/:id/pay  { phone }  -> starts an MTN/Orange MoMo collection
export const POST: APIRoute = async ({ params, request }) => {
  const booking = await findBooking(Number(params.id));
  if (!booking) return json({ error: "not found" }, 404);
  const { phone } = (await request.json()) as { phone: string };

  const session = await dollr<{ id: number }>("/v1/sessions/checkout", {
    method: "POST",
    body: { source_id: booking.dollr_invoice_id, source_type: "INVOICE" },
  });
  const mmo = await dollr(`/v1/predictions/mmo-provider-info?phone=${encodeURIComponent(phone)}&operation_type=COLLECTION`);
  const account = await dollr<{ id: number }>("/v1/payment-accounts/create?operation_type=COLLECTION", {
    method: "POST",
    body: {
      account_name: `${booking.guest_name} wallet`,
      method: mmo.payment_method,
      provider: mmo.gateway_provider,
      party_id: booking.dollr_party_id,
      country_code: "LR",
      insensitive_account_number: phone,
    },
  });

  const referenceId = crypto.randomUUID();
  await sql`insert into payments (booking_id, reference_id, status) values (${booking.id}, ${referenceId}, 'PENDING')`;
  const execution = await dollr("/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: "USD",
      reference_id: referenceId,
    },
  });
  console.log("[pay] dollr execution", execution);
  await sql`update payments set status = ${execution.status} where reference_id = ${referenceId}`;

  // Realtime key for the <LiveStatus> island; expires_in is in seconds for this one.
  const realtime = await dollr("/v1/realtime-keys/collection", {
    method: "POST",
    body: { session_id: session.id, source_type: "INVOICE", reference_id: referenceId },
  });
  return json(
    { referenceId, status: execution.status, realtimeToken: realtime.access_token, realtimeExpiresInSeconds: realtime.expires_in },
    202,
  );
};
