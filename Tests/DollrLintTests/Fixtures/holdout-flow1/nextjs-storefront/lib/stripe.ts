import Stripe from "stripe";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20", timeout: 20_000 });

export async function cardCheckout(orderId: string, amountCents: number) {
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", product_data: { name: `Order ${orderId}` }, unit_amount: amountCents }, quantity: 1 }],
      success_url: `${process.env.APP_URL}/orders/${orderId}?paid=1`,
      cancel_url: `${process.env.APP_URL}/cart`,
    },
    { idempotencyKey: `checkout-${orderId}` },
  );
}
