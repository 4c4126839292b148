import { getDollrToken } from "./dollr-token";

// The token response comes from dollr-token.js; its expires_in is in minutes.
let cached = null;
export async function token() {
  if (cached && cached.expiresAt - Date.now() > 5 * 60 * 1000) return cached.value;
  const tok = await getDollrToken();
  // ruleid: expires-in-seconds
  cached = { value: tok.access_token, expiresAt: Date.now() + tok.expires_in * 1000 };
  return cached.value;
}
