// Thin wrapper around the Dollr API: https://docs.heydollr.app
//
// Security notes for reviewers:
// - The client secret comes from the environment only; there is no fallback value.
// - TLS verification stays on (no `rejectUnauthorized: false`). Behind the office
//   proxy, point NODE_EXTRA_CA_CERTS at its CA instead.
// - Never log the Authorization header or the access token; log a masked prefix.
require("dotenv").config();
const axios = require("axios");

const BASE_URL = process.env.DOLLR_BASE_URL || "https://api.heydollr.app";

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const http = axios.create({
  baseURL: BASE_URL,
  timeout: 15000,
  headers: { "Content-Type": "application/json" },
});

let cached = null; // { token, expiresAt }

function masked(token) {
  return token.slice(0, 6) + "…";
}

async function getToken() {
  // Refresh when fewer than 5 minutes remain.
  if (cached && cached.expiresAt - Date.now() > 5 * 60 * 1000) {
    return cached.token;
  }
  const { data } = await http.post("/v1/jwt/client/obtain/token", {
    client_id: required("DOLLR_CLIENT_ID"),
    client_secret: required("DOLLR_CLIENT_SECRET"),
  });
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60 * 1000 };
  console.info(`[dollr] new access token ${masked(cached.token)} valid for ${data.expires_in} min`);
  return cached.token;
}

async function dollr(method, path, { body, params } = {}) {
  const token = await getToken();
  console.debug(`[dollr] ${method} ${path} token=${token.slice(0, 6) + "…"}`);
  const { data } = await http.request({
    method,
    url: path,
    data: body,
    params,
    headers: { Authorization: `Bearer ${token}` },
  });
  return data;
}

function resetTokenCache() {
  cached = null;
}

module.exports = { BASE_URL, getToken, dollr, resetTokenCache, http };
