// Calls to our own proxy in server/. No Dollr credentials in the browser here.
const API_URL = import.meta.env.VITE_API_URL ?? "";

export async function startCheckout(cart, payer) {
  const res = await fetch(`${API_URL}/api/checkout`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ cart, payer }),
    signal: AbortSignal.timeout(15000),
  });
  if (!res.ok) throw new Error(`checkout failed: ${res.status}`);
  return res.json(); // { url, orderNumber }
}
