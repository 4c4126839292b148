const BASE_URL = "https://api.heydollr.app";

async function getToken() {
  const { access_token, expires_in } = await fetch(`${BASE_URL}/v1/jwt/client/obtain/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
  }).then((r) => r.json());

  // ruleid: token-logging
  console.log("Dollr token:", access_token);
  // ruleid: token-logging
  console.debug(`Authorization: Bearer ${access_token}`);
  // ok: token-logging
  console.log("Dollr token prefix:", access_token.slice(0, 6) + "…");
  // ok: token-logging
  console.log("Dollr token length", access_token.length, "expires in", expires_in, "min");
  // ok: token-logging
  console.log("Dollr token present:", Boolean(access_token));
  // ok: token-logging
  console.info("Never log the access token or the Authorization header");
  // ok: token-logging
  console.log("client secret configured:", !!process.env.DOLLR_CLIENT_SECRET);
  // ruleid: token-logging
  console.log("using client secret", process.env.DOLLR_CLIENT_SECRET);
  return access_token;
}

module.exports = { getToken };
