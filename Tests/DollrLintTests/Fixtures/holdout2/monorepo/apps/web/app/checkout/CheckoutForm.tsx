"use client";

// Runs in the browser. It only talks to our own /api/pay route; Dollr's token
// endpoint (/v1/jwt/client/obtain/token) and DOLLR_CLIENT_SECRET stay in
// packages/dollr on the server.
import { CardElement, Elements, useElements, useStripe } from "@stripe/react-stripe-js";
import { loadStripe } from "@stripe/stripe-js";
import { createClient } from "@supabase/supabase-js";
import { useState } from "react";

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

function watchPayment(realtimeToken: string, sessionId: number, referenceId: string, onStatus: (s: string) => void) {
  const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    auth: { autoRefreshToken: false, persistSession: false },
    accessToken: async () => realtimeToken,
  });
  supabase.realtime.setAuth(realtimeToken);
  supabase
    .channel(`payment-intent:${sessionId}:${referenceId}`)
    .on(
      "postgres_changes",
      { event: "*", schema: "public", table: "checkout_payment_intent_public_status", filter: `reference_id=eq.${referenceId}` },
      (payload) => onStatus((payload.new as { status: string }).status),
    )
    .subscribe();
}

function Form({ orderId, sessionId }: { orderId: number; sessionId: number }) {
  const stripe = useStripe();
  const elements = useElements();
  const [status, setStatus] = useState<string>("");

  async function payByCard() {
    if (!stripe || !elements) return;
    const { paymentMethod, error } = await stripe.createPaymentMethod({ type: "card", card: elements.getElement(CardElement)! });
    if (error) return setStatus(error.message ?? "card error");
    const res = await fetch("/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ orderId, method: "card", paymentMethodId: paymentMethod.id }),
    });
    const data = await res.json();
    if (data.clientSecret) {
      const result = await stripe.confirmCardPayment(data.clientSecret);
      if (result.error) return setStatus(result.error.message ?? "3-D Secure failed");
    }
    setStatus(data.status);
    watchPayment(data.realtimeToken, sessionId, data.referenceId, setStatus);
  }

  return (
    <div>
      <CardElement />
      <button onClick={payByCard}>Pay by card</button>
      <p>{status}</p>
    </div>
  );
}

export default function CheckoutForm(props: { orderId: number; sessionId: number }) {
  return (
    <Elements stripe={stripePromise}>
      <Form {...props} />
    </Elements>
  );
}
