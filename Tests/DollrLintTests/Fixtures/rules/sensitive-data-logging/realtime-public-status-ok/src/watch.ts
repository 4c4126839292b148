import { createClient } from "@supabase/supabase-js";

export function watchPayment(realtimeKey: { access_token: string }, sessionId: number, referenceId: string) {
  const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY, {
    accessToken: async () => realtimeKey.access_token,
  });
  supabase
    .channel(`payment-intent:${sessionId}:${referenceId}`)
    .on(
      "postgres_changes",
      { event: "*", schema: "public", table: "checkout_payment_intent_public_status", filter: `reference_id=eq.${referenceId}` },
      (payload) => {
        const row = payload.new;
        // ok: sensitive-data-logging
        console.log("Status update:", row);
      },
    )
    .subscribe((status) => {
      // ok: sensitive-data-logging
      if (status === "SUBSCRIBED") console.log("Watching payment", referenceId);
    });
}
