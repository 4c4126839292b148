import { NextResponse } from "next/server";
import { realtimeKey } from "@/lib/dollr";

export async function POST(req: Request) {
  const { sessionId, referenceId } = await req.json();
  const key = await realtimeKey(Number(sessionId), referenceId);
  // the realtime key is meant for the browser's Supabase client; its expires_in is seconds
  return NextResponse.json({ accessToken: key.access_token, renewInMs: Math.max(key.expires_in - 15, 5) * 1000 });
}
