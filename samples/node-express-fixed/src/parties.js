// Party registration for new customers, on a client of its own.
const axios = require("axios");
const axiosRetry = require("axios-retry").default;

const dollrApi = axios.create({ baseURL: process.env.DOLLR_BASE_URL, timeout: 15000 });

// Network errors and 5xx only: a 4xx fails the same way every time.
axiosRetry(dollrApi, {
  retries: 3,
  retryDelay: axiosRetry.exponentialDelay,
  retryCondition: (error) => !error.response || error.response.status >= 500,
});

let token = null;
let expiresAt = 0;

async function accessToken() {
  // Refreshed when fewer than 5 minutes remain.
  if (token && expiresAt - Date.now() > 5 * 60 * 1000) return token;
  const { data } = await dollrApi.post("/v1/jwt/client/obtain/token", {
    client_id: process.env.DOLLR_CLIENT_ID,
    client_secret: process.env.DOLLR_CLIENT_SECRET,
  });
  token = data.access_token;
  // expires_in is in minutes.
  expiresAt = Date.now() + data.expires_in * 60 * 1000;
  return token;
}

async function createParty(party) {
  const { data } = await dollrApi.post("/v1/parties/create", party, {
    headers: { Authorization: `Bearer ${await accessToken()}` },
  });
  return data;
}

module.exports = { createParty };
