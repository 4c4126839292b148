export async function createRealtimeKey(sessionId, referenceId, headers) {
  const res = await fetch(`${process.env.DOLLR_BASE_URL}/v1/realtime-keys/create`, {
    method: "POST",
    headers,
    body: JSON.stringify({ session_id: sessionId, source_type: "ORDER", reference_id: referenceId }),
    signal: AbortSignal.timeout(10000),
  });
  return res.json();
}
