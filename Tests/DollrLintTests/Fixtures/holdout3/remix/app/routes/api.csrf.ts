import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { CSRF } from "remix-utils/csrf/server";
import { createCookie } from "@remix-run/node";

const cookie = createCookie("csrf", {
  path: "/",
  httpOnly: true,
  secure: process.env.NODE_ENV === "production",
  sameSite: "lax",
  secrets: [process.env.SESSION_SECRET ?? ""],
});
const csrf = new CSRF({ cookie, secret: process.env.SESSION_SECRET });

// Our own CSRF token for the tablet app's form posts (not a Dollr credential).
export async function loader({ request }: LoaderFunctionArgs) {
  const [token, cookieHeader] = await csrf.commitToken(request);
  return json({ csrfToken: token }, { headers: { "Set-Cookie": cookieHeader ?? "" } });
}
