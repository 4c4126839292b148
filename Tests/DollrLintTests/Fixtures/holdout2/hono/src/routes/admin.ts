import { Hono } from "hono";

import { db, settings } from "../db.js";
import { dollr } from "../dollr.js";

export const admin = new Hono();

// One-off setup: the depot's own MoMo line as a Dollr party (used for refunds and float top-ups).
admin.post("/setup/depot-party", async (c) => {
  const party = await dollr<{ id: number }>("/v1/parties/create", {
    method: "POST",
    body: {
      fullname: "Kigali Pedal Depot",
      phone: "+250788123456",
      email: "depot@kigalipedal.rw",
      country_code: "RW",
    },
  });
  const counterparty = await dollr<{ id: number }>("/v1/counterparties/create", {
    method: "POST",
    body: { relationship_type: "SELF", party_id: party.id },
  });
  await db.insert(settings).values({ key: "depot_counterparty_id", value: String(counterparty.id) });
  return c.json({ partyId: party.id, counterpartyId: counterparty.id }, 201);
});

// Fee preview for the pricing page.
admin.get("/fees/momo", async (c) => {
  const fees = await dollr("/v1/fees/gateway?payment_method=MTN_MOMO_RWA&operation_type=COLLECTION");
  return c.json(fees);
});
