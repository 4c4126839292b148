import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@vercel/postgres";
import { dollr } from "../../lib/dollr";

// Realtime keys are short-lived Supabase tokens scoped to one checkout session.
// Dollr designed them for the browser, unlike the API access token, which stays in lib/dollr.ts.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { referenceId } = req.body as { referenceId: string };

  const { rows } = await sql`SELECT session_id FROM payments WHERE reference_id = ${referenceId}`;
  if (rows.length === 0) return res.status(404).json({ error: "unknown payment" });

  const key = await dollr<{ access_token: string; expires_in: number }>("/v1/realtime-keys/collection", {
    session_id: Number(rows[0].session_id),
    source_type: "ORDER",
    reference_id: referenceId,
  });
  res.status(200).json({
    realtime_token: key.access_token,
    expires_in_seconds: key.expires_in,
    channel: `payment-intent:${rows[0].session_id}:${referenceId}`,
  });
}
