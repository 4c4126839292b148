import { randomUUID } from "node:crypto";

import { Hono } from "hono";

import { db, payments, rentalsTable } from "../db.js";
import { dollr } from "../dollr.js";

type Execution = {
  status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
  reference_id: string;
  requires_action?: boolean;
  client_secret?: string;
};

export const rentals = new Hono();

/** Creates and publishes the Dollr order for a finished rental, once. */
async function ensureDollrOrder(rentalId: number) {
  const rental = await db.query.rentalsTable.findFirst({ where: (r, { eq }) => eq(r.id, rentalId) });
  if (!rental) throw new Error(`rental ${rentalId} not found`);
  if (rental.dollrOrderId) return rental;

  const order = await dollr<{ id: number }>("/v1/orders/create", {
    method: "POST",
    body: {
      counterparty_id: rental.dollrCounterpartyId,
      currency: "FRW",
      note: `Kigali Pedal rental #${rental.id}`,
      fee_bearer: "PAYEE",
      as_payment_link: false,
    },
  });
  await dollr(`/v1/orders/${order.id}/items/add`, {
    method: "POST",
    body: { name: `Bike ${rental.bikeCode}, ${rental.minutes} min`, currency: "RWF", qty: 1, amount: rental.priceRwf },
  });
  await dollr(`/v1/orders/publish/${order.id}`, { method: "PUT" });
  await db.update(rentalsTable).set({ dollrOrderId: order.id }).where({ id: rental.id });
  return { ...rental, dollrOrderId: order.id };
}

rentals.post("/:id/pay/momo", async (c) => {
  const rental = await ensureDollrOrder(Number(c.req.param("id")));
  const { phone } = await c.req.json<{ phone: string }>();

  const mmo = await dollr<{ payment_method: string; gateway_provider: string }>(
    `/v1/predictions/mmo-provider-info?phone=${encodeURIComponent(phone)}&operation_type=COLLECTION`,
  );
  const session = await dollr<{ id: number }>("/v1/sessions/checkout", {
    method: "POST",
    body: { source_id: rental.dollrOrderId, source_type: "ORDER" },
  });
  const account = await dollr<{ id: number }>("/v1/payment-accounts/create?operation_type=COLLECTION", {
    method: "POST",
    body: {
      account_name: `Rider ${rental.riderId} MoMo`,
      method: mmo.payment_method,
      provider: mmo.gateway_provider,
      party_id: rental.dollrPartyId,
      country_code: "RW",
      insensitive_account_number: phone,
    },
  });

  const referenceId = randomUUID();
  await db.insert(payments).values({ rentalId: rental.id, referenceId, status: "PENDING" });

  const execution = await dollr<Execution>("/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: "RWF",
      reference_id: referenceId,
    },
  });
  console.log("dollr execution", JSON.stringify(execution));
  await db.update(payments).set({ status: execution.status }).where({ referenceId });

  // Realtime key: a short-lived Supabase token made for the rider app to watch this payment.
  const key = await dollr<{ access_token: string }>("/v1/realtime-keys/collection", {
    method: "POST",
    body: { session_id: session.id, source_type: "ORDER", reference_id: referenceId },
  });
  return c.json({ referenceId, status: execution.status, realtimeToken: key.access_token }, 202);
});

rentals.post("/:id/pay/card", async (c) => {
  const rental = await ensureDollrOrder(Number(c.req.param("id")));
  const { paymentMethodId } = await c.req.json<{ paymentMethodId: string }>();

  await dollr(
    `/v1/predictions/card-provider-info?payment_method_id=${paymentMethodId}&operation_type=COLLECTION&provider=STRIPE`,
  );
  const session = await dollr<{ id: number }>("/v1/sessions/checkout", {
    method: "POST",
    body: { source_id: rental.dollrOrderId, source_type: "ORDER" },
  });
  const account = await dollr<{ id: number }>("/v1/payment-accounts/create?operation_type=COLLECTION", {
    method: "POST",
    body: { account_name: `Rider ${rental.riderId} card`, method: "CREDIT_CARD", provider: "STRIPE", party_id: rental.dollrPartyId },
  });

  const referenceId = randomUUID();
  await db.insert(payments).values({ rentalId: rental.id, referenceId, status: "PENDING" });
  const execution = await dollr<Execution>("/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: "RWF",
      reference_id: referenceId,
    },
  });
  await db.update(payments).set({ status: execution.status }).where({ referenceId });
  console.info("card payment", referenceId, execution.status);

  // The app passes clientSecret to Stripe's handleNextAction for 3-D Secure.
  return c.json({
    referenceId,
    status: execution.status,
    requiresAction: execution.requires_action ?? false,
    clientSecret: execution.client_secret ?? null,
  });
});

rentals.get("/payments/:referenceId", async (c) => {
  const referenceId = c.req.param("referenceId");
  const res = await dollr<{ status: string; gateway_message?: string }>(`/v1/status/collections/${referenceId}`);
  await db.update(payments).set({ status: res.status }).where({ referenceId });
  console.info("payment status", referenceId, res.status);
  return c.json({ referenceId, status: res.status });
});
