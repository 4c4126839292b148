const express = require("express");
const { chargeWallet, chargeCardAgain, refreshOrder } = require("../services/checkoutService");
const { stkPush } = require("../mpesa/daraja");
const Orders = require("../models/orders");

const router = express.Router();

router.post("/orders/:id/pay", async (req, res, next) => {
  try {
    const order = await Orders.get(req.params.id);
    if (order.market === "KE") {
      const out = await stkPush(req.body.msisdn, order.total, order.number);
      return res.status(202).json({ checkoutRequestId: out.CheckoutRequestID });
    }
    const exec = req.body.retryCard
      ? { status: await chargeCardAgain(order, req.body.account) }
      : await chargeWallet(order, req.body.account);
    res.status(202).json({ status: exec.status });
  } catch (err) {
    next(err);
  }
});

router.get("/orders/:id", async (req, res, next) => {
  try {
    const order = await Orders.get(req.params.id);
    await refreshOrder(order);
    res.json(await Orders.get(req.params.id));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
