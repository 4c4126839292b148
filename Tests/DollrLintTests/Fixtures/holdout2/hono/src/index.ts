import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { jwt, sign } from "hono/jwt";

import { db } from "./db.js";
import { admin } from "./routes/admin.js";
import { rentals } from "./routes/rentals.js";
import { verifyPassword } from "./passwords.js";

const app = new Hono();
const jwtSecret = process.env.JWT_SECRET!;

app.use("*", cors({ origin: [process.env.PUBLIC_URL ?? "http://localhost:8787"] }));

// Rider login: the token returned here is our own session JWT for the rider app,
// not a Dollr token. Dollr's token endpoint (/v1/jwt/client/obtain/token) is only
// ever called from src/dollr.ts.
app.post("/auth/login", async (c) => {
  const { phone, password } = await c.req.json<{ phone: string; password: string }>();
  const rider = await db.query.riders.findFirst({ where: (r, { eq }) => eq(r.phone, phone) });
  if (!rider || !(await verifyPassword(password, rider.passwordHash))) {
    return c.json({ error: "invalid credentials" }, 401);
  }
  const token = await sign({ sub: rider.id, exp: Math.floor(Date.now() / 1000) + 12 * 3600 }, jwtSecret);
  return c.json({ token });
});

app.use("/rentals/*", jwt({ secret: jwtSecret }));
app.use("/admin/*", jwt({ secret: jwtSecret }));
app.route("/rentals", rentals);
app.route("/admin", admin);

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: app.fetch, port });
console.log(`kigali-pedal-api on http://localhost:${port}`);
