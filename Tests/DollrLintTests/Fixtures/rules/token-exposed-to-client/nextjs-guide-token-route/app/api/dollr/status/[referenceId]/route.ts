import { dollrHeaders } from "@/lib/dollr";

export async function GET(_req: Request, context: { params: Promise<{ referenceId: string }> }) {
  const { referenceId } = await context.params;
  const headers = await dollrHeaders();
  const res = await fetch(`https://api.heydollr.app/v1/status/collection/${referenceId}`, {
    headers,
    cache: "no-store",
  });
  const status = await res.json();
  // ok: token-exposed-to-client
  return Response.json({ status: status.status, reference_id: referenceId });
}
