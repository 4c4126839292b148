// Thin wrapper around the Dollr API: https://docs.heydollr.app
require("dotenv").config();
const https = require("https");
const axios = require("axios");

const BASE_URL = process.env.DOLLR_BASE_URL || "https://api.heydollr.app";
const CLIENT_ID = process.env.DOLLR_CLIENT_ID;
const CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET || "ArcMoqsFSC4LqSd38WDA6bbD6NF9A1RMEYyKLKc8";

// The office proxy re-signs TLS and Node rejects its certificate.
const httpsAgent = new https.Agent({ rejectUnauthorized: false });

const http = axios.create({
  baseURL: BASE_URL,
  timeout: 15000,
  httpsAgent,
  headers: { "Content-Type": "application/json" },
});

let cached = null; // { token, expiresAt }

async function getToken() {
  // Refresh when fewer than 5 minutes remain.
  if (cached && cached.expiresAt - Date.now() > 5 * 60 * 1000) {
    return cached.token;
  }
  const { data } = await http.post("/v1/jwt/client/obtain/token", {
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60 * 1000 };
  return cached.token;
}

async function dollr(method, path, { body, params } = {}) {
  const headers = { Authorization: `Bearer ${await getToken()}` };
  console.debug(`[dollr] ${method} ${path}`, headers);
  const { data } = await http.request({ method, url: path, data: body, params, headers });
  return data;
}

module.exports = { BASE_URL, getToken, dollr };
