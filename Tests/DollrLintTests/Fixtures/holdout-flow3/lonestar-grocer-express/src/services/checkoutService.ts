import { randomUUID } from "crypto";
import { dollr } from "../lib/dollrClient";
import { db } from "../lib/db";
import { logger } from "../lib/logger";

export async function payOrderWithMomo(orderId: string, rawPhone: string) {
  const order = await db.orders.findById(orderId);
  const customer = await db.customers.findById(order.customerId);
  const msisdn = rawPhone.replace(/[^\d]/g, "");

  const dollrOrder = await dollr.createOrder({
    counterparty_id: customer.dollrCounterpartyId,
    currency: "USD",
    note: `Lonestar order ${order.number}`,
    fee_bearer: "PAYEE",
  });
  for (const line of order.lines) {
    await dollr.addOrderItem(dollrOrder.id, { name: line.title, currency: "USD", qty: line.qty, amount: line.unitPrice });
  }
  await dollr.publishOrder(dollrOrder.id);

  const mmo = await dollr.predictMmo(msisdn);
  const account = await dollr.createPaymentAccount({
    account_name: `${customer.name} MoMo`,
    method: mmo.payment_method,
    provider: mmo.gateway_provider,
    party_id: customer.dollrPartyId,
    country_code: "LR",
    insensitive_account_number: msisdn,
  });

  const session = await dollr.createCheckoutSession(dollrOrder.id, "ORDER");
  const execution = await dollr.executeCollection({
    session_id: String(session.id),
    payment_account_id: String(account.id),
    currency: "USD",
    reference_id: randomUUID(),
  });

  await db.payments.insert({
    orderId: order.id,
    provider: "dollr",
    referenceId: execution.reference_id,
    sessionId: session.id,
    status: execution.status,
  });

  if (execution.status !== "COMPLETED") {
    await db.orders.update(order.id, { status: "payment_failed" });
    logger.warn({ orderId, status: execution.status }, "momo payment did not complete");
    return { ok: false, status: execution.status };
  }

  await db.orders.update(order.id, { status: "paid" });
  return { ok: true, referenceId: execution.reference_id };
}
