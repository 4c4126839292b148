"use client";

import { createHostedCheckout } from "@/app/actions/checkout";

// The Dollr client secret and the token call stay on the server (see lib/dollr.ts).
export function CheckoutButton({ orderId }: { orderId: string }) {
  async function go() {
    // ok: client-bundle-secret
    window.location.href = await createHostedCheckout(orderId);
  }
  // ok: client-bundle-secret
  return <button onClick={go} title="never call /v1/jwt/client/obtain/token from here">Checkout</button>;
}
