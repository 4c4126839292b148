// ok: public-env-secret
const BASE_URL = import.meta.env.VITE_DOLLR_API_URL;

export async function startCheckout(orderId: string) {
  const res = await fetch(`/api/orders/${orderId}/checkout`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      // ruleid: public-env-secret
      "X-Dollr-Secret": import.meta.env.VITE_DOLLR_CLIENT_SECRET,
    },
  });
  return { base: BASE_URL, checkout: await res.json() };
}
