import { NextResponse } from "next/server";
import { collectionStatus } from "@/lib/dollr";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Long-poll used when the realtime channel drops: answers once the payment is final.
export async function GET(_req: Request, { params }: { params: { ref: string } }) {
  while (true) {
    const { status } = await collectionStatus(params.ref);
    if (status === "COMPLETED" || status === "FAILED") {
      return NextResponse.json({ status });
    }
    await sleep(1000);
  }
}
