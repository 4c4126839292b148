const BASE_URL = "https://api.heydollr.app";
// ok: hardcoded-secret
const DOLLR_CLIENT_ID = "ci_live_4kT9wQ2mZx7Rb";
// ruleid: hardcoded-secret
const DOLLR_CLIENT_SECRET = "NpmLfWp6cIwFRMnRQbZzfmM6NKi2BcQgXSUQdaku";

async function obtainToken() {
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: DOLLR_CLIENT_ID,
      // ok: hardcoded-secret
      client_secret: DOLLR_CLIENT_SECRET,
    }),
  });
  return (await res.json()).access_token;
}

async function obtainTokenForSubMerchant() {
  const res = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // ruleid: hardcoded-secret
    body: JSON.stringify({ client_id: "ci_live_Hw3nPq8sLt", client_secret: "wleViWaPY4YKQDgCqYM2WFY94lay9hQculBAsgYN" }),
  });
  return (await res.json()).access_token;
}

// ok: hardcoded-secret
const referenceId = "550e8400-e29b-41d4-a716-446655440000";

module.exports = { obtainToken, obtainTokenForSubMerchant, referenceId };
