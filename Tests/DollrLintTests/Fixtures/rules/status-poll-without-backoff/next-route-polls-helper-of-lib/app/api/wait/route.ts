import { NextResponse } from "next/server";
import { collectionStatus } from "@/lib/dollr";
import { dollrToken } from "@/lib/token";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The status helper lives in lib/dollr.ts: polled here every second, forever.
export async function GET(req: Request) {
  const ref = new URL(req.url).searchParams.get("ref")!;
  while (true) {
    // ruleid: status-poll-without-backoff
    const { status } = await collectionStatus(ref, await dollrToken());
    if (status === "COMPLETED" || status === "FAILED") return NextResponse.json({ status });
    await sleep(1000);
  }
}

// Growing delay with a deadline: what the status guide recommends.
export async function POST(req: Request) {
  const { ref } = await req.json();
  const deadline = Date.now() + 10 * 60_000;
  let delay = 2000;
  while (Date.now() < deadline) {
    // ok: status-poll-without-backoff
    const { status } = await collectionStatus(ref, await dollrToken());
    if (status !== "PROCESSING") return NextResponse.json({ status });
    await sleep(delay);
    delay = Math.min(delay * 2, 60_000);
  }
  // ok: status-poll-without-backoff
  return NextResponse.json({ status: "PROCESSING" }, { status: 202 });
}
