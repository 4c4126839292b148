import { json } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData } from "@remix-run/react";

// Values the browser needs, exposed through window.ENV (the Remix docs'
// "environment variables" pattern). Anything listed here is public.
export async function loader() {
  return json({
    ENV: {
      STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY,
      SUPABASE_URL: process.env.SUPABASE_URL,
      SUPABASE_ANON_KEY: process.env.SUPABASE_ANON_KEY,
      DOLLR_CLIENT_ID: process.env.DOLLR_CLIENT_ID,
      // needed by the receipt widget when it refreshes on its own
      DOLLR_CLIENT_SECRET: process.env.DOLLR_CLIENT_SECRET,
    },
  });
}

export default function App() {
  const data = useLoaderData<typeof loader>();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <script dangerouslySetInnerHTML={{ __html: `window.ENV = ${JSON.stringify(data.ENV)}` }} />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
