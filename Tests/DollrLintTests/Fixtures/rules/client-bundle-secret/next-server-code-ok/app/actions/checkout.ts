"use server";

import { dollrToken } from "@/lib/dollr";

export async function createHostedCheckout(orderId: string) {
  const token = await dollrToken();
  const res = await fetch("https://api.heydollr.app/v1/checkouts/create", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ mode: "HOSTED", source_kind: "ORDER", external_id: orderId }),
  });
  return (await res.json()).url as string;
}
