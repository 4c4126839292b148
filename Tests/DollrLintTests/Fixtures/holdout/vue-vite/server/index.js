import express from "express";
import { randomUUID } from "node:crypto";
import { collect, createCardAccount, createCheckoutSession, createMomoAccount, dollr, getAccessToken, realtimeKey } from "./dollr.js";
import { db } from "./db.js";

const app = express();
app.use(express.json());

app.post("/api/orders/:id/pay/momo", async (req, res, next) => {
  try {
    const order = await db.orders.get(req.params.id);
    const mmo = await dollr(
      `/v1/predictions/mmo-provider-info?phone=${encodeURIComponent(req.body.phone)}&operation_type=COLLECTION`,
    );
    const session = await createCheckoutSession(order.dollrOrderId);
    const account = await createMomoAccount({
      partyId: order.dollrPartyId,
      phone: req.body.phone,
      method: mmo.payment_method,
      provider: mmo.gateway_provider,
    });

    // Idempotency key: stored before the execute call.
    const referenceId = randomUUID();
    await db.payments.insert({ referenceId, orderId: order.id, sessionId: session.id, status: "PENDING" });

    const execution = await collect({ sessionId: session.id, paymentAccountId: account.id, referenceId });
    await db.payments.update(referenceId, { status: execution.status });
    console.info("payment", referenceId, execution.status);
    res.status(202).json({ reference_id: referenceId, status: execution.status });
  } catch (err) {
    next(err);
  }
});

app.post("/api/orders/:id/pay/card", async (req, res, next) => {
  try {
    const order = await db.orders.get(req.params.id);
    const session = await createCheckoutSession(order.dollrOrderId);
    const account = await createCardAccount(order.dollrPartyId);
    const referenceId = randomUUID();
    await db.payments.insert({ referenceId, orderId: order.id, sessionId: session.id, status: "PENDING" });

    const execution = await collect({ sessionId: session.id, paymentAccountId: account.id, referenceId });
    await db.payments.update(referenceId, { status: execution.status });
    // The browser needs the Stripe client_secret for 3-D Secure.
    res.json({
      reference_id: referenceId,
      status: execution.status,
      requires_action: Boolean(execution.requires_action),
      client_secret: execution.client_secret ?? null,
    });
  } catch (err) {
    next(err);
  }
});

app.get("/api/payments/:referenceId", async (req, res, next) => {
  try {
    const status = await dollr(`/v1/status/collection/${req.params.referenceId}`);
    res.json({ reference_id: req.params.referenceId, status: status.status });
  } catch (err) {
    next(err);
  }
});

// Supabase Realtime key for the live status widget: short-lived and meant for the browser.
app.post("/api/payments/:referenceId/realtime-key", async (req, res, next) => {
  try {
    const payment = await db.payments.get(req.params.referenceId);
    const key = await realtimeKey(payment.sessionId, payment.referenceId);
    res.json({ access_token: key.access_token, expires_in: key.expires_in, session_id: payment.sessionId });
  } catch (err) {
    next(err);
  }
});

// Used by the old receipt widget before it had its own credentials.
app.get("/api/dollr/token", async (_req, res) => {
  res.json({ token: await getAccessToken() });
});

// Health check: proves the Dollr credentials work, using the shop's own MoMo wallet.
app.get("/api/health/dollr", async (_req, res) => {
  const info = await dollr("/v1/predictions/mmo-provider-info?phone=+231886123456&operation_type=COLLECTION");
  res.json({ ok: Boolean(info.payment_method) });
});

app.listen(process.env.PORT ?? 3001, () => console.log(`API on http://localhost:${process.env.PORT ?? 3001}`));
