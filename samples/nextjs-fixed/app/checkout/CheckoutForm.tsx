"use client";

// Client Component: no Dollr credentials here. Operator detection and every Dollr
// call go through server actions (app/actions/pay.ts); this file never calls
// /v1/jwt/client/obtain/token and never reads DOLLR_CLIENT_SECRET.
import { FormEvent, useState } from "react";
import { loadStripe } from "@stripe/stripe-js";
import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js";
import { detectOperator, payWithCard, payWithMomo } from "../actions/pay";

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

async function waitForResult(referenceId: string): Promise<string> {
  let delay = 2_000;
  for (let i = 0; i < 12; i++) {
    const res = await fetch(`/api/payments/${referenceId}`, { cache: "no-store" });
    const { status } = (await res.json()) as { status: string; reference_id: string };
    if (status === "COMPLETED" || status === "FAILED") return status;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 30_000);
  }
  return "PROCESSING";
}

function MomoForm({ orderId }: { orderId: string }) {
  const [phone, setPhone] = useState("");
  const [method, setMethod] = useState<string | null>(null);
  const [message, setMessage] = useState("");

  async function onBlur() {
    if (/^231\d{9}$/.test(phone)) {
      const info = await detectOperator(phone);
      setMethod(info.method);
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { reference_id, status } = await payWithMomo(orderId, phone, method ?? "MTN_MOMO_LBR");
    console.info("momo collection", { reference_id, status });
    setMessage("Approve the prompt on your phone…");
    setMessage(`Payment ${(await waitForResult(reference_id)).toLowerCase()}`);
  }

  return (
    <form onSubmit={onSubmit}>
      <label>
        Mobile money number
        <input value={phone} onChange={(e) => setPhone(e.target.value)} onBlur={onBlur} placeholder="231771234567" />
      </label>
      {method && <span className="operator">{method === "ORANGE_MONEY_LBR" ? "Orange Money" : "MTN MoMo"}</span>}
      <button type="submit">Pay with mobile money</button>
      <p>{message}</p>
    </form>
  );
}

function CardForm({ orderId }: { orderId: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [message, setMessage] = useState("");

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!stripe || !elements) return;
    const { paymentMethod, error } = await stripe.createPaymentMethod({
      type: "card",
      card: elements.getElement(CardElement)!,
    });
    if (error) return setMessage(error.message ?? "Card error");

    const result = await payWithCard(orderId, paymentMethod.id);
    if (result.requires_action && result.client_secret) {
      // 3-D Secure: the Stripe client_secret belongs in the browser, Stripe.js needs it.
      const { error: confirmError } = await stripe.confirmCardPayment(result.client_secret);
      if (confirmError) return setMessage(confirmError.message ?? "Authentication failed");
    }
    setMessage(`Payment ${(await waitForResult(result.reference_id)).toLowerCase()}`);
  }

  return (
    <form onSubmit={onSubmit}>
      <CardElement />
      <button type="submit" disabled={!stripe}>Pay by card</button>
      <p>{message}</p>
    </form>
  );
}

export default function CheckoutForm({ orderId }: { orderId: string }) {
  return (
    <Elements stripe={stripePromise}>
      <MomoForm orderId={orderId} />
      <CardForm orderId={orderId} />
    </Elements>
  );
}
