import { useEffect, useState } from "react";

// Hydrated with client:load. After a reload the page has no realtime key any
// more, so this island asks Dollr for the collection status itself.
const DOLLR = "https://api.heydollr.app";
let cached: { token: string; until: number } | null = null;

async function dollrToken(): Promise<string> {
  if (cached && Date.now() < cached.until) return cached.token;
  const res = await fetch(`${DOLLR}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: import.meta.env.PUBLIC_DOLLR_CLIENT_ID,
      client_secret: import.meta.env.PUBLIC_DOLLR_CLIENT_SECRET,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const data = await res.json();
  cached = { token: data.access_token, until: Date.now() + (data.expires_in - 5) * 60_000 };
  return data.access_token;
}

export default function LiveStatus({ referenceId, initialStatus }: { referenceId: string; initialStatus: string }) {
  const [status, setStatus] = useState(initialStatus);

  useEffect(() => {
    if (status === "COMPLETED" || status === "FAILED") return;
    let delay = 2_000;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const res = await fetch(`${DOLLR}/v1/status/collection/${referenceId}`, {
        headers: { Authorization: `Bearer ${await dollrToken()}` },
        signal: AbortSignal.timeout(10_000),
      });
      const body = await res.json();
      setStatus(body.status);
      if (body.status === "PENDING" || body.status === "PROCESSING") {
        delay = Math.min(delay * 2, 60_000);
        timer = setTimeout(tick, delay);
      }
    };
    timer = setTimeout(tick, delay);
    return () => clearTimeout(timer);
  }, [referenceId]);

  return <p aria-live="polite">Payment status: {status}</p>;
}
