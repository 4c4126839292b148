import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { loadStripe } from "@stripe/stripe-js";
import { useEffect } from "react";
import { db } from "~/lib/db.server";
import { dollr } from "~/lib/dollr.server";

type Execution = { status: string; reference_id: string; requires_action?: boolean; client_secret?: string };

export async function loader({ params }: LoaderFunctionArgs) {
  const order = await db.order.findUniqueOrThrow({ where: { id: params.orderId }, include: { lines: true } });
  return json({ order: { id: order.id, number: order.number, totalLrd: order.totalLrd } });
}

// Creates and publishes the Dollr order the first time this order is paid.
async function ensureDollrOrder(orderId: string): Promise<number> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, customer: true } });
  if (order.dollrOrderId) return order.dollrOrderId;
  const created = await dollr<{ id: number }>("POST", "/v1/orders/create", {
    counterparty_id: order.customer.dollrCounterpartyId,
    currency: "LRD",
    note: `Tubman Threads order ${order.number}`,
    fee_bearer: "PAYER",
    as_payment_link: false,
  });
  for (const line of order.lines) {
    await dollr("POST", `/v1/orders/${created.id}/items/add`, {
      name: line.description,
      currency: "L$",
      qty: line.qty,
      amount: line.unitPriceLrd,
    });
  }
  await dollr("PUT", `/v1/orders/publish/${created.id}`);
  await db.order.update({ where: { id: orderId }, data: { dollrOrderId: created.id } });
  return created.id;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = String(form.get("intent"));
  const order = await db.order.findUniqueOrThrow({ where: { id: params.orderId }, include: { customer: true } });
  const sourceId = await ensureDollrOrder(order.id);
  const session = await dollr<{ id: number }>("POST", "/v1/sessions/checkout", { source_id: sourceId, source_type: "ORDER" });

  let account: { id: number };
  if (intent === "momo") {
    const phone = String(form.get("phone"));
    const mmo = await dollr<{ payment_method: string; gateway_provider: string }>(
      "GET",
      `/v1/predictions/mmo-provider-info?phone=${encodeURIComponent(phone)}&operation_type=COLLECTION`,
    );
    account = await dollr("POST", "/v1/payment-accounts/create?operation_type=COLLECTION", {
      account_name: `${order.customer.name} wallet`,
      method: mmo.payment_method,
      provider: mmo.gateway_provider,
      party_id: order.customer.dollrPartyId,
      country_code: "LR",
      insensitive_account_number: phone,
    });
  } else {
    const paymentMethodId = String(form.get("payment_method_id"));
    await dollr("GET", `/v1/predictions/card-provider-info?payment_method_id=${paymentMethodId}&operation_type=COLLECTION&provider=STRIPE`);
    account = await dollr("POST", "/v1/payment-accounts/create?operation_type=COLLECTION", {
      account_name: `${order.customer.name} card`,
      method: "CREDIT_CARD",
      provider: "STRIPE",
      party_id: order.customer.dollrPartyId,
    });
  }

  // Stored before the execute call so a lost response can be looked up by status.
  const referenceId = crypto.randomUUID();
  await db.payment.create({ data: { orderId: order.id, referenceId, status: "PENDING" } });
  const execution = await dollr<Execution>("POST", "/v1/executions/collection", {
    session_id: String(session.id),
    payment_account_id: String(account.id),
    currency: "LRD",
    reference_id: referenceId,
  });
  await db.payment.update({ where: { referenceId }, data: { status: execution.status } });
  console.info("[checkout] collection started", { referenceId, status: execution.status });

  // Short-lived Supabase Realtime key for the live status widget (made for the browser).
  const realtime = await dollr<{ access_token: string; expires_in: number }>("POST", "/v1/realtime-keys/collection", {
    session_id: session.id,
    source_type: "ORDER",
    reference_id: referenceId,
  });

  return json({
    referenceId,
    status: execution.status,
    realtimeToken: realtime.access_token,
    channel: `payment-intent:${session.id}:${referenceId}`,
    // Stripe PaymentIntent secret for 3-D Secure; stripe.confirmCardPayment needs it in the browser.
    clientSecret: execution.requires_action ? execution.client_secret : null,
  });
}

export default function Checkout() {
  const { order } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();

  useEffect(() => {
    if (!result?.clientSecret) return;
    loadStripe(window.ENV.STRIPE_PUBLISHABLE_KEY).then((stripe) => stripe?.confirmCardPayment(result.clientSecret!));
  }, [result?.clientSecret]);

  return (
    <main>
      <h1>Pay order {order.number}</h1>
      <Form method="post">
        <input type="hidden" name="intent" value="momo" />
        <label>
          MTN or Orange number <input name="phone" placeholder="231771234567" inputMode="numeric" />
        </label>
        <button type="submit">Pay L${order.totalLrd} with mobile money</button>
      </Form>
      {result ? <p>Payment {result.referenceId}: {result.status}</p> : null}
    </main>
  );
}
