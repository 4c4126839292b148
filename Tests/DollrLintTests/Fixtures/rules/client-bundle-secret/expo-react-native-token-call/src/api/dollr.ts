import Constants from "expo-constants";

const BASE = "https://api.heydollr.app";

export async function obtainToken() {
  // ruleid: client-bundle-secret
  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      // ok: client-bundle-secret
      client_id: Constants.expoConfig?.extra?.dollrClientId,
      // ruleid: client-bundle-secret
      // ruleid: public-env-secret
      client_secret: process.env.EXPO_PUBLIC_DOLLR_CLIENT_SECRET,
    }),
  });
  return (await res.json()).access_token as string;
}
