"use client";

import { FormEvent, useState } from "react";
import { loadStripe } from "@stripe/stripe-js";
import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js";
import { payWithCard, payWithMomo } from "../actions/pay";

const DOLLR_BASE = "https://api.heydollr.app";
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

let dollrToken: { value: string; expiresAt: number } | null = null;

// Detect the operator while the customer types, to show the MTN / Orange logo.
async function detectOperator(phone: string) {
  if (!dollrToken || dollrToken.expiresAt - Date.now() < 5 * 60_000) {
    const data = await fetch(`${DOLLR_BASE}/v1/jwt/client/obtain/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        client_id: process.env.NEXT_PUBLIC_DOLLR_CLIENT_ID,
        client_secret: process.env.NEXT_PUBLIC_DOLLR_CLIENT_SECRET,
      }),
      signal: AbortSignal.timeout(10_000),
    }).then((r) => r.json());
    // expires_in is in minutes
    dollrToken = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  }
  const res = await fetch(
    `${DOLLR_BASE}/v1/predictions/mmo-provider-info?phone=${phone}&operation_type=COLLECTION`,
    { headers: { Authorization: `Bearer ${dollrToken.value}` }, signal: AbortSignal.timeout(10_000) },
  );
  return (await res.json()) as { payment_method: string; gateway_provider: string };
}

function MomoForm({ orderId }: { orderId: string }) {
  const [phone, setPhone] = useState("");
  const [method, setMethod] = useState<string | null>(null);
  const [message, setMessage] = useState("");

  async function onBlur() {
    if (/^231\d{9}$/.test(phone)) {
      const info = await detectOperator(phone);
      setMethod(info.payment_method);
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = await payWithMomo(orderId, phone, method ?? "MTN_MOMO_LBR");
    setMessage(`Approve the prompt on your phone (${result.status})`);
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
      console.log("3DS required, client_secret:", result.client_secret);
      const { error: confirmError } = await stripe.confirmCardPayment(result.client_secret);
      if (confirmError) return setMessage(confirmError.message ?? "Authentication failed");
    }
    setMessage("Payment submitted, we will email your receipt.");
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
