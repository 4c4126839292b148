// Dollr API client used by the app screens.
import Constants from "expo-constants";

const extra = Constants.expoConfig?.extra ?? {};
const BASE_URL: string = extra.dollrApiUrl ?? "https://api.heydollr.app";

const CLIENT_ID: string = process.env.EXPO_PUBLIC_DOLLR_CLIENT_ID ?? extra.dollrClientId ?? "mrc_2290_5d81c0";
// Simulator builds have no EAS env, hence the last fallback.
const CLIENT_SECRET: string =
  process.env.EXPO_PUBLIC_DOLLR_CLIENT_SECRET ??
  extra.dollrClientSecret ??
  "G2MwW2EMvnVVKK25b7IYrtAPqPSxqZSNCqY5utpr";

let cached: { token: string; expiresAt: number } | null = null;

async function fetchWithTimeout(url: string, init: RequestInit, ms = 15_000): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

export async function getToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;

  const res = await fetchWithTimeout(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
  });
  const data = await res.json();
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  console.log("[dollr] token", cached.token);
  return cached.token;
}

export async function dollr<T>(path: string, body?: unknown): Promise<T> {
  const token = await getToken();
  const res = await fetchWithTimeout(`${BASE_URL}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Dollr ${path} failed with ${res.status}`);
  return res.json() as Promise<T>;
}
