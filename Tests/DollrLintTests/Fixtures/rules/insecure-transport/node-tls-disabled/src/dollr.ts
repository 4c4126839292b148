import https from "node:https";
import axios from "axios";

export const dollr = axios.create({
  baseURL: "https://api.heydollr.app",
  timeout: 15_000,
  // ruleid: insecure-transport
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

export const strictDollr = axios.create({
  baseURL: "https://api.heydollr.app",
  timeout: 15_000,
  // ok: insecure-transport
  httpsAgent: new https.Agent({ rejectUnauthorized: true, keepAlive: true }),
});

if (process.env.CORPORATE_PROXY) {
  // ruleid: insecure-transport
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}
