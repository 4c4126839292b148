import type { APIRoute } from "astro";
import { dollr } from "../../lib/dollr";

// Sales demo: opens a one-dollar hosted checkout so partners can see the
// Dollr page on their phone. Guarded by the staff cookie.
export const POST: APIRoute = async ({ cookies, url }) => {
  if (cookies.get("staff")?.value !== import.meta.env.STAFF_COOKIE_VALUE) {
    return new Response("forbidden", { status: 403 });
  }
  const checkout = await dollr<{ url: string; source_number: string }>("/v1/checkouts/create", {
    method: "POST",
    body: {
      mode: "HOSTED",
      source_kind: "ORDER",
      party_name: "Robertsport Demo Guest",
      party_phone: "231 77 012 3456",
      currency: "USD",
      items: [{ name: "Demo: surf lesson deposit", currency: "USD", amount: 1 }],
      reference_id: `demo-${Date.now()}`,
      success_url: new URL("/demo/thanks", url).toString(),
      cancel_url: new URL("/demo", url).toString(),
    },
  });
  return Response.redirect(checkout.url, 303);
};
