import { createHmac, randomUUID } from "node:crypto";
import express from "express";
import { dollr } from "./dollr.js";

const app = express();
app.use(express.json());

// The shop's own session token for the SPA (HMAC of a random id), not a Dollr token.
app.post("/api/session", (_req, res) => {
  const id = randomUUID();
  const token = `${id}.${createHmac("sha256", process.env.SESSION_SECRET).update(id).digest("hex")}`;
  res.json({ token });
});

app.post("/api/checkout", async (req, res) => {
  const { cart, payer } = req.body;
  const items = await priceCart(cart);
  const orderNumber = `SC-${Date.now()}`;
  const checkout = await dollr("POST", "/v1/checkouts/create", {
    mode: "HOSTED",
    source_type: "ORDER",
    party_name: payer.name,
    party_phone: payer.phone,
    currency: "USD",
    items,
    reference_id: orderNumber,
    success_url: `${process.env.SITE_URL}/thanks?order=${orderNumber}`,
    cancel_url: `${process.env.SITE_URL}/cart`,
  });
  console.log("[checkout] created", { orderNumber, sourceId: checkout.source_id });
  res.json({ url: checkout.url, orderNumber });
});

// Saves a card-on-file account for wholesale buyers (paid later by the back office).
app.post("/api/wholesale/:partyId/card-account", async (req, res) => {
  const account = await dollr("POST", "/v1/payment-accounts/create?operation_type=COLLECTION", {
    account_name: `${req.body.company} card`,
    method: "CREDIT_CARD",
    provider: "PAWAPAY",
    party_id: Number(req.params.partyId),
  });
  res.json({ accountId: account.id });
});

async function priceCart(cart) {
  const prices = { "BASKET-L": 18.5, "BASKET-S": 9.0, "MASK-DAN": 45.0 };
  return cart.map(({ sku, qty }) => ({ name: sku, currency: "USD", amount: prices[sku] * qty }));
}

app.listen(8787, () => console.log("proxy on http://localhost:8787"));
