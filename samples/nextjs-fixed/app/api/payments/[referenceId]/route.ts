import { dollr } from "../../../../lib/dollr";

// Route Handler: runs on the server only. Returns the payment state, nothing else:
// no token, no full Dollr response.
export async function GET(_req: Request, { params }: { params: { referenceId: string } }) {
  const { referenceId } = params;
  const result = await dollr<{ status: string }>(`/v1/status/collection/${encodeURIComponent(referenceId)}`);
  return Response.json({ status: result.status, reference_id: referenceId });
}
