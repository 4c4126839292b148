import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { getDollrToken } from "~/lib/dollr.server";
import { requireStaff } from "~/lib/auth.server";

// Resource route used by the tailoring-floor tablet app, which talks to
// Dollr directly for receipts. Staff login required.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const token = await getDollrToken();
  return json({ accessToken: token, tokenType: "Bearer" }, { headers: { "Cache-Control": "no-store" } });
}
