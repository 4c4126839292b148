// Talks to the Kamara Shop backend (see node-express-fixed), never to Dollr directly:
// the Dollr client secret and access tokens stay on the server.
import Constants from "expo-constants";
import * as SecureStore from "expo-secure-store";

const API_URL: string = Constants.expoConfig?.extra?.apiUrl ?? "http://localhost:3000";

export type CartItem = { name: string; qty: number; amount: number };
export type PaymentState = { status: string; reference_id: string };

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  // The customer's session with our own backend (issued at login), not a Dollr token.
  const sessionToken = await SecureStore.getItemAsync("shop_session");
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    const res = await fetch(`${API_URL}${path}`, {
      ...init,
      headers: {
        "Content-Type": "application/json",
        ...(sessionToken ? { Authorization: `Bearer ${sessionToken}` } : {}),
      },
      signal: controller.signal,
    });
    if (!res.ok) throw new Error(`${path} failed with ${res.status}`);
    return (await res.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}

export function payOrder(orderId: string, fullname: string, phone: string, items: CartItem[]) {
  return request<PaymentState>(`/api/orders/${encodeURIComponent(orderId)}/pay`, {
    method: "POST",
    body: JSON.stringify({ fullname, phone, items }),
  });
}

export function paymentState(referenceId: string) {
  return request<PaymentState>(`/api/payments/${encodeURIComponent(referenceId)}`);
}
