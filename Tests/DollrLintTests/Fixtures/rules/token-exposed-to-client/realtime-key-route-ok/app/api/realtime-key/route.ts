import { dollrHeaders } from "@/lib/dollr";

// Realtime keys are short-lived Supabase tokens made for the browser; returning one is fine.
export async function POST(req: Request) {
  const { sessionId, referenceId } = await req.json();
  const headers = await dollrHeaders();
  const res = await fetch("https://api.heydollr.app/v1/realtime-keys/collection", {
    method: "POST",
    headers,
    body: JSON.stringify({ session_id: Number(sessionId), source_type: "INVOICE", reference_id: referenceId }),
  });
  const realtimeKey = await res.json();
  // ok: token-exposed-to-client
  return Response.json({ access_token: realtimeKey.access_token, expires_in: realtimeKey.expires_in });
}
