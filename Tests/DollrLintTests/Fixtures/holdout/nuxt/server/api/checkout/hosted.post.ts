// Hosted checkout: the buyer pays by MoMo or card on Dollr's page.
export default defineEventHandler(async (event) => {
  const { orderId } = await readBody<{ orderId: number }>(event);
  const order = await useOrders().get(orderId);
  const siteUrl = useRuntimeConfig().public.siteUrl;

  const checkout = await dollrFetch<{ url: string; source_id: number }>("/v1/checkouts/create", {
    method: "POST",
    body: {
      mode: "HOSTED",
      source_type: "ORDER",
      party_name: order.customerName,
      party_phone: order.customerPhone,
      currency: "USD",
      reference_id: order.number,
      items: [
        {
          name: `Voinjama Market order ${order.number}`,
          currency: "usd",
          amount: order.total,
        },
      ],
      success_url: `${siteUrl}/orders/${order.id}/thanks`,
      cancel_url: `${siteUrl}/cart`,
    },
  });
  await useOrders().setDollrSource(order.id, checkout.source_id);
  return { url: checkout.url };
});
