import { json } from "@sveltejs/kit";
import { dollr } from "$lib/server/dollr";
import type { RequestHandler } from "./$types";

// Status for the order page. Returns the status only, never Dollr's token.
export const GET: RequestHandler = async ({ params }) => {
  const result = await dollr.status(params.ref);
  console.info("payment", params.ref, result.status);
  return json({ reference_id: params.ref, status: result.status });
};
