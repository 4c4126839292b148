const BASE_URL = "https://api.heydollr.app";

const { access_token } = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    // ok: hardcoded-secret
    client_id: "your-client-id",
    // ok: hardcoded-secret
    client_secret: "your-client-secret",
  }),
}).then((r) => r.json());

// ok: hardcoded-secret
const headers = { Authorization: `Bearer ${access_token}` };
// ok: hardcoded-secret
const EXAMPLE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...";
