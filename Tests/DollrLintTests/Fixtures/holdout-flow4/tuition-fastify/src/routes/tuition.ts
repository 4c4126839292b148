import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import Stripe from "stripe";
import { gateway } from "../gateway/dollr";
import { getWithBackoff, isTimeout, sleep } from "../lib/retry";
import { enrollments } from "../db";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { maxNetworkRetries: 2, timeout: 20_000 });

export default async function tuitionRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: string }; Body: { sessionId: string; paymentAccountId: string } }>(
    "/enrollments/:id/pay",
    async (req, reply) => {
      const referenceId = randomUUID();
      await enrollments.setReference(req.params.id, referenceId);

      for (let attempt = 1; attempt <= 3; attempt++) {
        try {
          const res = await gateway.execute("collection", {
            session_id: req.body.sessionId,
            payment_account_id: req.body.paymentAccountId,
            currency: "RWF",
            reference_id: referenceId,
          });
          if (res.status >= 500) {
            req.log.warn({ referenceId, attempt, http: res.status }, "collection 5xx, retrying");
            await sleep(1000 * attempt);
            continue;
          }
          return reply.code(202).send({ referenceId, status: res.body.status });
        } catch (err) {
          if (isTimeout(err) && attempt < 3) {
            await sleep(1000 * attempt);
            continue;
          }
          throw err;
        }
      }
      return reply.code(504).send({ referenceId, status: "UNKNOWN" });
    }
  );

  app.get<{ Params: { id: string } }>("/enrollments/:id/status", async (req) => {
    const ref = await enrollments.getReference(req.params.id);
    const res = await getWithBackoff(() => gateway.status("collection", ref));
    const state = res.body.status as string;
    if (state === "COMPLETED") await enrollments.markPaid(req.params.id);
    if (state === "FAILED") await enrollments.markFailed(req.params.id);
    // PROCESSING: MoMo approval pending on the parent's phone, keep the seat reserved
    return { referenceId: ref, state };
  });

  // international families pay by card through the school's own Stripe account
  app.post<{ Body: { amountCents: number } }>("/enrollments/card-intent", async (req) => {
    const intent = await stripe.paymentIntents.create(
      { amount: req.body.amountCents, currency: "usd" },
      { idempotencyKey: randomUUID() }
    );
    req.log.info({ intentId: intent.id }, "stripe intent created");
    return { clientSecret: intent.client_secret };
  });
}
