import axios from "axios";
import pino from "pino";
import { getToken } from "./token";

const logger = pino();
const mask = (t: string) => `${t.slice(0, 4)}***`;

export const dollr = axios.create({ baseURL: "https://api.heydollr.app", timeout: 15_000 });

dollr.interceptors.request.use(async (config) => {
  const token = await getToken();
  config.headers.Authorization = `Bearer ${token}`;
  // ruleid: token-logging
  logger.debug({ headers: config.headers }, "dollr request");
  // ruleid: token-logging
  logger.info({ token }, "attached dollr token");
  // ok: token-logging
  logger.info({ token: mask(token) }, "attached dollr token");
  // ok: token-logging
  logger.info({ url: config.url, method: config.method }, "dollr request");
  return config;
});

dollr.interceptors.response.use(undefined, (err) => {
  // ruleid: token-logging
  logger.error({ authorization: err.config?.headers?.Authorization }, "dollr call failed");
  // ok: token-logging
  logger.error({ status: err.response?.status, url: err.config?.url }, "dollr call failed");
  throw err;
});
