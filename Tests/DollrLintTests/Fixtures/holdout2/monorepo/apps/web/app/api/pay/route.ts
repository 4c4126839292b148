import { collect, dollr, realtimeKey } from "@kakata/dollr";
import { NextResponse } from "next/server";

import { db } from "@/lib/db";
import { currentCustomer } from "@/lib/session";

type PayBody =
  | { orderId: number; method: "momo"; phone: string }
  | { orderId: number; method: "card"; paymentMethodId: string };

export async function POST(req: Request) {
  const customer = await currentCustomer();
  if (!customer) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = (await req.json()) as PayBody;
  const order = await db.order.findFirstOrThrow({ where: { id: body.orderId, customerId: customer.id } });

  const session = await dollr<{ id: number }>("/v1/sessions/checkout", {
    method: "POST",
    body: { source_id: order.dollrOrderId, source_type: "ORDER" },
  });

  let account: { id: number };
  if (body.method === "momo") {
    const mmo = await dollr<{ payment_method: string; gateway_provider: string }>(
      `/v1/predictions/mmo-provider-info?phone=${encodeURIComponent(body.phone)}&operation_type=COLLECTION`,
    );
    account = await dollr("/v1/payment-accounts/create?operation_type=COLLECTION", {
      method: "POST",
      body: {
        account_name: `${customer.name} MoMo`,
        method: mmo.payment_method,
        provider: mmo.gateway_provider,
        party_id: customer.dollrPartyId,
        country_code: "LR",
        insensitive_account_number: body.phone,
      },
    });
  } else {
    await dollr(
      `/v1/predictions/card-provider-info?payment_method_id=${encodeURIComponent(body.paymentMethodId)}&operation_type=COLLECTION&provider=STRIPE`,
    );
    account = await dollr("/v1/payment-accounts/create?operation_type=COLLECTION", {
      method: "POST",
      body: { account_name: `${customer.name} card`, method: "CREDIT_CARD", provider: "STRIPE", party_id: customer.dollrPartyId },
    });
  }

  const execution = await collect({
    sessionId: session.id,
    paymentAccountId: account.id,
    currency: "USD",
    save: async (referenceId) => {
      await db.payment.create({ data: { orderId: order.id, referenceId, status: "PENDING" } });
    },
  });
  await db.payment.update({ where: { referenceId: execution.reference_id }, data: { status: execution.status } });
  console.info("payment", execution.reference_id, execution.status);

  // Realtime key: short-lived Supabase token for the checkout page to watch the payment.
  const key = await realtimeKey(session.id, execution.reference_id);
  return NextResponse.json({
    referenceId: execution.reference_id,
    status: execution.status,
    realtimeToken: key.access_token,
    // 3-D Secure: the card form passes this to stripe.confirmCardPayment.
    clientSecret: execution.requires_action ? execution.client_secret : null,
  });
}

// Shareable pay link for orders placed by phone (sent to the customer on WhatsApp).
export async function GET(req: Request) {
  const orderNumber = new URL(req.url).searchParams.get("order");
  if (!orderNumber) return NextResponse.json({ error: "order required" }, { status: 400 });
  const link = await dollr<{ url: string }>(
    `/v1/links/pay?source_kind=ORDER&source_number=${encodeURIComponent(orderNumber)}`,
  );
  return NextResponse.json({ url: link.url });
}
