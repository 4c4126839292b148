import { findBill, payBill, previewFees } from "./billing";
import { dollr } from "./dollr";
import type { Env } from "./env";

// Routes under /v1 are this Worker's own API for the bill-pay page and the
// USSD gateway. They are not Dollr paths.
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function sign(env: Env, value: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(env.SESSION_HMAC_KEY), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(value));
  return `${value}.${btoa(String.fromCharCode(...new Uint8Array(mac)))}`;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const parts = url.pathname.split("/").filter(Boolean); // ["v1", "bills", ":account", "pay"]

    if (request.method === "POST" && url.pathname === "/v1/session") {
      const { account } = await request.json<{ account: string }>();
      const bill = await findBill(env, account);
      if (!bill) return json({ error: "unknown account" }, 404);
      // Our own signed session token for the bill-pay page.
      return json({ sessionToken: await sign(env, `${account}:${Date.now()}`) });
    }

    if (parts[0] === "v1" && parts[1] === "bills" && parts[2]) {
      const bill = await findBill(env, parts[2]);
      if (!bill) return json({ error: "unknown account" }, 404);
      if (request.method === "GET" && parts[3] === "fees") {
        return json(await previewFees(env, bill, url.searchParams.get("method") ?? "MTN_MOMO_LBR"));
      }
      if (request.method === "POST" && parts[3] === "pay") {
        const { phone } = await request.json<{ phone: string }>();
        const started = await payBill(env, bill, phone);
        // realtimeToken is Dollr's short-lived Supabase Realtime key for the browser.
        return json(started, 202);
      }
    }

    if (request.method === "GET" && parts[0] === "v1" && parts[1] === "payments" && parts[2]) {
      const referenceId = parts[2];
      const status = await dollr(env, `/v1/status/collection/${referenceId}`);
      await env.DB.prepare("update payments set status = ? where reference_id = ?").bind(status.status, referenceId).run();
      console.log("payment status", { referenceId, status: status.status });
      return json({ referenceId, status: status.status });
    }

    return json({ error: "not found" }, 404);
  },
} satisfies ExportedHandler<Env>;
