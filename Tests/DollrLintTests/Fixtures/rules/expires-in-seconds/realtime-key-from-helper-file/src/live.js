import { createRealtimeKey } from "./realtime";

// A realtime key's expires_in is in seconds (realtime.js made the request): * 1000 is right here.
export async function subscribe(sessionId, referenceId, headers, onExpire) {
  const key = await createRealtimeKey(sessionId, referenceId, headers);
  // ok: expires-in-seconds
  setTimeout(onExpire, (key.expires_in - 30) * 1000);
  return key;
}
