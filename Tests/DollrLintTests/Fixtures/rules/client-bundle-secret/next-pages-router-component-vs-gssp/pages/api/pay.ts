import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: client-bundle-secret
  const r = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // ok: client-bundle-secret
    body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
  });
  res.status(r.ok ? 200 : 502).json({ status: r.ok ? "ok" : "error" });
}
