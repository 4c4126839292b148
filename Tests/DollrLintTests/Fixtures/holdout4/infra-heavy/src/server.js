const express = require("express");
const { collect, status } = require("./dollr");
const db = require("./db");

const app = express();
app.use(express.json());

// Our own API, versioned like Dollr's but served by this app: /v1/orders/...
app.post("/v1/orders/:id/pay", async (req, res) => {
  const order = await db.orders.find(req.params.id);
  if (order.referenceId) return res.status(409).json({ error: "payment already started", referenceId: order.referenceId });
  try {
    const execution = await collect(order, req.body.phone, (ref) => db.orders.update(order.id, { referenceId: ref }));
    console.info("collection started", { order: order.id, referenceId: execution.reference_id, status: execution.status });
    res.status(202).json({ referenceId: execution.reference_id, status: execution.status });
  } catch (err) {
    console.error("collection failed", { order: order.id, status: err.status, detail: err.detail });
    res.status(502).json({ error: "payment provider error" });
  }
});

app.get("/v1/orders/:id/payment", async (req, res) => {
  const order = await db.orders.find(req.params.id);
  const result = await status(order.referenceId);
  res.json({ status: result.status });
});

app.get("/healthz", (_req, res) => res.send("ok"));

app.listen(process.env.PORT || 3000, () => console.log("listening on http://localhost:3000"));
