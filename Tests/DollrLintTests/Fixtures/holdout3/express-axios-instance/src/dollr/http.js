const axios = require("axios");
const logger = require("../logger");

const BASE_URL = process.env.DOLLR_BASE_URL ?? "http://api.heydollr.app";
const TIMEOUT_MS = 15_000;

// Bare instance for the token call (no auth interceptor on it).
const authHttp = axios.create({ baseURL: BASE_URL, timeout: TIMEOUT_MS });

let cached = null; // { token, refreshAt }
let pending = null;

async function getToken() {
  if (cached && Date.now() < cached.refreshAt) return cached.token;
  pending ??= authHttp
    .post("/v1/jwt/client/obtain/token", {
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    })
    .then(({ data }) => {
      // expires_in is in minutes: refresh five minutes before it runs out.
      cached = { token: data.access_token, refreshAt: Date.now() + (data.expires_in - 5) * 60 * 1000 };
      logger.info("dollr token refreshed", { tokenLength: data.access_token.length, expiresInMinutes: data.expires_in });
      return data.access_token;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

// Every Dollr call goes through this instance: base URL, timeout, bearer token.
const dollrHttp = axios.create({
  baseURL: BASE_URL,
  timeout: TIMEOUT_MS,
  headers: { "Content-Type": "application/json" },
});

dollrHttp.interceptors.request.use(async (config) => {
  config.headers.Authorization = `Bearer ${await getToken()}`;
  logger.debug("dollr request", { method: config.method, url: config.url, headers: config.headers });
  return config;
});

dollrHttp.interceptors.response.use(
  (res) => {
    logger.debug("dollr response", { url: res.config.url, status: res.status });
    return res;
  },
  (err) => {
    if (err.response?.status === 401) cached = null; // force a refresh on the next call
    logger.warn("dollr error", { url: err.config?.url, status: err.response?.status });
    return Promise.reject(err);
  },
);

module.exports = { dollrHttp, getToken };
