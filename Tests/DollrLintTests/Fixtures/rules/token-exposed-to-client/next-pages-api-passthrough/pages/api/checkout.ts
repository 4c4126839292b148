import type { NextApiRequest, NextApiResponse } from "next";
import { getToken } from "../../lib/dollr";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const accessToken = await getToken();
  const checkout = await fetch("https://api.heydollr.app/v1/checkouts/create", {
    method: "POST",
    headers: { Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ mode: "HOSTED", source_kind: "ORDER", ...req.body }),
  }).then((r) => r.json());
  // ok: token-exposed-to-client
  res.status(200).json({ url: checkout.url });
}
