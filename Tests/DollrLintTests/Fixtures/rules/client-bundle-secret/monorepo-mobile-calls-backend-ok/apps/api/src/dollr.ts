import express from "express";

const BASE = "https://api.heydollr.app";
export const router = express.Router();

export async function token(): Promise<string> {
  // ok: client-bundle-secret
  const r = await fetch(`${BASE}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      // ok: client-bundle-secret
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
  });
  return (await r.json()).access_token;
}
