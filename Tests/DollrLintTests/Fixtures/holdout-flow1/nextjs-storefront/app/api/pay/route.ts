import { randomUUID } from "crypto";
import { NextResponse } from "next/server";
import { dollr } from "@/lib/dollr/client";
import { db } from "@/lib/db";
import { HttpError } from "@/lib/retry";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function POST(req: Request) {
  const { orderId } = await req.json();
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });

  // generated once and stored before the first attempt; every retry reuses it
  const referenceId = randomUUID();
  await db.order.update({ where: { id: orderId }, data: { dollrReferenceId: referenceId } });

  let delay = 1000;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const execution = await dollr.collect({
        session_id: String(order.dollrSessionId),
        payment_account_id: String(order.dollrAccountId),
        currency: order.currency,
        reference_id: referenceId,
      });
      return NextResponse.json({ state: execution.status, referenceId });
    } catch (err) {
      if (err instanceof HttpError && err.status < 500) throw err;
      console.warn("collect attempt failed", attempt, (err as Error).message);
    }

    const landed = await dollr.status("collection", referenceId).catch(() => null);
    if (landed?.status === "COMPLETED" || landed?.status === "PROCESSING") {
      return NextResponse.json({ state: landed.status, referenceId });
    }

    await sleep(delay);
    delay *= 2;
  }
  return NextResponse.json({ state: "UNKNOWN", referenceId }, { status: 502 });
}
