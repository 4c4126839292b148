import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { dollr } from "~/lib/dollr.server";

// Polled by the order page (with its own backoff) until the order is PAID.
export async function loader({ params }: LoaderFunctionArgs) {
  const order = await db.order.findUniqueOrThrow({ where: { id: params.orderId }, include: { payments: true } });
  if (!order.dollrOrderId) return json({ status: "UNPAID" });

  const source = await dollr<{ status: string }>("GET", `/v1/orders/status/${order.dollrOrderId}`);
  const latest = order.payments.at(-1);
  if (latest) {
    const execution = await dollr<{ status: string; gateway_message?: string }>("GET", `/v1/status/collection/${latest.referenceId}`);
    await db.payment.update({ where: { id: latest.id }, data: { status: execution.status } });
    console.info("[status]", { referenceId: latest.referenceId, status: execution.status });
  }
  if (source.status === "PAID") await db.order.update({ where: { id: order.id }, data: { paidAt: new Date() } });
  return json({ status: source.status });
}
