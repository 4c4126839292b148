import { NextResponse } from "next/server";
import { dollr } from "@/lib/dollr/client";
import { withRetry } from "@/lib/retry";

export async function GET(req: Request) {
  const referenceId = new URL(req.url).searchParams.get("ref");
  if (!referenceId) return NextResponse.json({ error: "ref required" }, { status: 400 });
  const result = await withRetry(() => dollr.status("collection", referenceId));
  // PROCESSING is normal for mobile money: the page keeps showing "waiting for approval"
  const state = result.status === "COMPLETED" ? "paid" : result.status === "FAILED" ? "failed" : "pending";
  return NextResponse.json({ state });
}
