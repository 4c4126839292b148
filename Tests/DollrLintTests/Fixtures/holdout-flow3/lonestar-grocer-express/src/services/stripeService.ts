import Stripe from "stripe";
import { v4 as uuidv4 } from "uuid";
import { config } from "../config";
import { logger } from "../lib/logger";

// Diaspora customers pay by card through our own Stripe account (not Dollr).
const stripe = new Stripe(config.stripe.secretKey, { apiVersion: "2023-10-16", maxNetworkRetries: 2 });

export async function chargeDiasporaCard(orderId: string, amountCents: number, paymentMethodId: string) {
  const idempotencyKey = uuidv4();
  let attempt = 0;
  for (;;) {
    try {
      return await stripe.paymentIntents.create(
        {
          amount: amountCents,
          currency: "usd",
          payment_method: paymentMethodId,
          confirm: true,
          automatic_payment_methods: { enabled: true, allow_redirects: "never" },
          metadata: { orderId },
        },
        { idempotencyKey },
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeConnectionError && attempt++ < 2) {
        logger.warn({ orderId, attempt }, "stripe connection error, retrying with same idempotency key");
        continue;
      }
      throw err;
    }
  }
}
