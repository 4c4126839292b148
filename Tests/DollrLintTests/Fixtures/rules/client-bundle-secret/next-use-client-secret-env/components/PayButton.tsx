"use client";

import { useState } from "react";
import { loadStripe } from "@stripe/stripe-js";

// ok: client-bundle-secret
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function PayButton({ orderId }: { orderId: string }) {
  const [busy, setBusy] = useState(false);

  async function pay() {
    setBusy(true);
    const credentials = {
      // ok: client-bundle-secret
      clientId: process.env.NEXT_PUBLIC_DOLLR_CLIENT_ID,
      // ruleid: client-bundle-secret
      clientSecret: process.env.DOLLR_CLIENT_SECRET,
    };
    await fetch(`/api/orders/${orderId}/pay`, { method: "POST", body: JSON.stringify(credentials) });
    await stripePromise;
    setBusy(false);
  }

  return <button disabled={busy} onClick={pay}>Pay now</button>;
}
