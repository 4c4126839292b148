"use client";

import { createClient } from "@supabase/supabase-js";
import { useEffect, useState } from "react";

type Props = { sessionId: number; referenceId: string };

export function LiveStatus({ sessionId, referenceId }: Props) {
  const [status, setStatus] = useState("PROCESSING");

  useEffect(() => {
    let renewTimer: ReturnType<typeof setTimeout>;
    let key = "";
    const fetchKey = async () => {
      const res = await fetch("/api/realtime-key", { method: "POST", body: JSON.stringify({ sessionId, referenceId }) });
      const data = await res.json();
      key = data.accessToken;
      renewTimer = setTimeout(fetchKey, data.renewInMs);
    };

    const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
      auth: { autoRefreshToken: false, persistSession: false },
      accessToken: async () => key,
    });
    const channel = supabase
      .channel(`payment-intent:${sessionId}:${referenceId}`)
      .on(
        "postgres_changes",
        { event: "*", schema: "public", table: "checkout_payment_intent_public_status", filter: `reference_id=eq.${referenceId}` },
        (payload) => setStatus((payload.new as { status: string }).status),
      );
    fetchKey().then(() => channel.subscribe((state) => {
      if (state === "CHANNEL_ERROR") {
        fetch(`/api/payments/${referenceId}`).then((r) => r.json()).then((r) => setStatus(r.status));
      }
    }));
    return () => {
      clearTimeout(renewTimer);
      supabase.removeChannel(channel);
    };
  }, [sessionId, referenceId]);

  return <p>{status === "COMPLETED" ? "Paid, thank you!" : status === "FAILED" ? "Payment failed" : "Waiting for approval..."}</p>;
}
