// Called from the thanks page. Never trust the success_url redirect alone:
// fulfil only when Dollr says the order is PAID.
export default defineEventHandler(async (event) => {
  const order = await useOrders().get(Number(getRouterParam(event, "id")));
  const source = await dollrFetch<{ status: string }>("/v1/status/source", {
    query: { source_type: "ORDER", source_id: order.dollrSourceId },
  });
  console.info(`[confirm] order ${order.id} source ${order.dollrSourceId}: ${source.status}`);
  if (source.status !== "PAID") return { ready: false, status: source.status };
  await useOrders().markPaid(order.id);
  return { ready: true };
});
