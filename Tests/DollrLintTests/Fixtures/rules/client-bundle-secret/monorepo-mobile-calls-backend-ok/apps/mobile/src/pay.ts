// The app never sees Dollr credentials: it asks our API to start the collection.
// ok: client-bundle-secret
const API = process.env.EXPO_PUBLIC_API_URL ?? "https://shop-api.example.com";

export async function pay(orderId: string, phone: string) {
  // ok: client-bundle-secret
  const res = await fetch(`${API}/payments/collect`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ orderId, phone }),
  });
  return (await res.json()) as { status: string; reference_id: string };
}
