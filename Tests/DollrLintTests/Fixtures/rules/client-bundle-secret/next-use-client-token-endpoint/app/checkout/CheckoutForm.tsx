"use client";

const BASE = "https://api.heydollr.app";

export default function CheckoutForm({ credentials }: { credentials: { client_id: string; client_secret: string } }) {
  async function onSubmit() {
    // ruleid: client-bundle-secret
    const tokenRes = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(credentials),
    });
    const { access_token } = await tokenRes.json();
    // ok: client-bundle-secret
    await fetch("/api/checkout", { method: "POST", body: JSON.stringify({ access_token }) });
  }

  return <form action={onSubmit}><button type="submit">Pay</button></form>;
}
