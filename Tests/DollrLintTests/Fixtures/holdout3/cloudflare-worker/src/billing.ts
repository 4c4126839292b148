import { dollr } from "./dollr";
import type { Env } from "./env";

export type Bill = { account: string; customerName: string; dollrInvoiceId: number; dollrPartyId: number; amountUsd: number };

export async function findBill(env: Env, account: string): Promise<Bill | null> {
  return env.DB.prepare(
    "select account, customer_name as customerName, dollr_invoice_id as dollrInvoiceId, dollr_party_id as dollrPartyId, amount_usd as amountUsd from bills where account = ?",
  )
    .bind(account)
    .first<Bill>();
}

// Fee preview shown before the customer confirms.
export async function previewFees(env: Env, bill: Bill, method: string) {
  return dollr(
    env,
    `/v1/predictions/payment-source/amount-and-fees?source_kind=INVOICE&source_id=${bill.dollrInvoiceId}&target_currency=USD&payment_method=${method}&provider=PAWAPAY`,
  );
}

export async function payBill(env: Env, bill: Bill, phone: string) {
  const session = await dollr<{ id: number }>(env, "/v1/sessions/checkout", {
    method: "POST",
    body: { source_id: bill.dollrInvoiceId, source_type: "INVOICE" },
  });
  const mmo = await dollr(env, `/v1/predictions/mmo-provider-info?phone=${phone}&operation_type=COLLECTION`);
  const account = await dollr<{ id: number }>(env, "/v1/payment-accounts/create?operation_type=COLLECTION", {
    method: "POST",
    body: {
      account_name: `${bill.customerName} (${bill.account})`,
      method: mmo.payment_method,
      provider: mmo.gateway_provider,
      party_id: bill.dollrPartyId,
      country_code: "LR",
      insensitive_account_number: phone,
    },
  });

  // Write the reference to D1 before executing, so a lost response can be reconciled.
  const referenceId = crypto.randomUUID();
  await env.DB.prepare("insert into payments (account, reference_id, status) values (?, ?, 'PENDING')")
    .bind(bill.account, referenceId)
    .run();
  const execution = await dollr(env, "/v1/executions/collection", {
    method: "POST",
    body: {
      session_id: Number(session.id),
      payment_account_id: String(account.id),
      currency: "USD",
      reference_id: referenceId,
    },
  });
  await env.DB.prepare("update payments set status = ? where reference_id = ?").bind(execution.status, referenceId).run();
  console.log("bill payment started", { account: bill.account, referenceId, status: execution.status });

  const realtime = await dollr(env, "/v1/realtime-keys/collection", {
    method: "POST",
    body: { session_id: session.id, source_type: "INVOICE", reference_id: referenceId },
  });
  return { referenceId, status: execution.status as string, realtimeToken: realtime.access_token as string, sessionId: session.id };
}
