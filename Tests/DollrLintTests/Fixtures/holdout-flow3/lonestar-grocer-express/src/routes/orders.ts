import { Router } from "express";
import { v4 as uuidv4 } from "uuid";
import { db } from "../lib/db";
import { dollr } from "../lib/dollrClient";
import { payOrderWithMomo } from "../services/checkoutService";
import { chargeDiasporaCard } from "../services/stripeService";

export const ordersRouter = Router();

ordersRouter.post("/orders", async (req, res) => {
  const number = `LSG-${uuidv4().slice(0, 8).toUpperCase()}`;
  const order = await db.orders.create({ number, customerId: req.body.customerId, total: req.body.total });
  res.status(201).json(order);
});

ordersRouter.post("/orders/:id/pay/momo", async (req, res) => {
  const result = await payOrderWithMomo(req.params.id, req.body.phone);
  res.status(result.ok ? 200 : 402).json(result);
});

ordersRouter.post("/orders/:id/pay/card", async (req, res) => {
  const order = await db.orders.findById(req.params.id);
  const intent = await chargeDiasporaCard(order.id, Math.round(order.total * 100), req.body.paymentMethodId);
  res.json({ status: intent.status });
});

// Browser subscribes to Supabase Realtime with this short-lived key while the customer approves on the handset.
ordersRouter.post("/orders/:id/payment-updates", async (req, res) => {
  const payment = await db.payments.findLatestForOrder(req.params.id);
  const key = await dollr.realtimeKey(Number(payment.session_id), payment.reference_id);
  res.json({
    realtimeToken: key.access_token,
    expiresAt: new Date(Date.now() + key.expires_in * 1000).toISOString(),
    channel: `payment-intent:${payment.session_id}:${payment.reference_id}`,
  });
});
