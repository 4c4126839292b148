import type { NextApiRequest, NextApiResponse } from "next";

// Polled by the order confirmation page (pages router, predates the app/ directory).
const DOLLR_API = process.env.DOLLR_API_URL ?? "http://api.heydollr.app";
// TODO: reuse the token cache from app/actions/pay.ts; this one is refreshed by hand.
const DOLLR_TOKEN =
  process.env.DOLLR_TOKEN ||
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF80ODIxIiwiY2xpZW50X2lkIjoibXJjXzQ4MjFfN2YzYTljIiwiaWF0IjoxNzMyMzYwMDAwLCJleHAiOjE3MzIzNjM2MDB9.ISd8-1AL00z30PMcznumk81-oFR_u8aloyS4UAYS4sA";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { referenceId } = req.query as { referenceId: string };
  const r = await fetch(`${DOLLR_API}/v1/status/collection/${referenceId}`, {
    headers: { Authorization: `Bearer ${DOLLR_TOKEN}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!r.ok) {
    return res.status(502).json({ reference_id: referenceId, status: "UNKNOWN" });
  }
  const body = await r.json();
  res.status(200).json({ reference_id: referenceId, status: body.status });
}
