import { fail } from "@sveltejs/kit";
import { dollr } from "$lib/server/dollr";
import { db } from "$lib/server/db";
import type { Actions } from "./$types";

export const actions: Actions = {
  momo: async ({ request, locals }) => {
    const form = await request.formData();
    const phone = String(form.get("phone") ?? "");
    if (!/^231\d{7,9}$/.test(phone)) return fail(400, { error: "Use the 231... format" });

    const order = await db.orders.current(locals.customer.id);
    const mmo = await dollr.mmoProvider(phone);
    const session = await dollr.checkoutSession(order.dollrOrderId);
    const account = await dollr.momoAccount(order.dollrPartyId, phone, mmo.payment_method, mmo.gateway_provider);

    // Idempotency key: saved before the execute call.
    const referenceId = crypto.randomUUID();
    await db.payments.insert({ referenceId, orderId: order.id, sessionId: session.id });

    const execution = await dollr.collect(session.id, account.id, referenceId);
    console.log("execution", execution);
    await db.payments.setStatus(referenceId, execution.status);

    // Short-lived Supabase Realtime key for the live status on the page: made for the browser.
    const live = await dollr.realtimeKey(session.id, referenceId);
    return { referenceId, sessionId: session.id, status: execution.status, realtimeToken: live.access_token };
  },
};
