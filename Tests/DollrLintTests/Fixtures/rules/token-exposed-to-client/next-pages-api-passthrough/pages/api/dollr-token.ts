import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  const tokenRes = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
  });
  const data = await tokenRes.json();
  // ruleid: token-exposed-to-client
  res.status(200).json(data);
}
