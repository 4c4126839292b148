export interface Env {
  DOLLR_BASE_URL: string;
  DOLLR_CLIENT_ID: string;
  DOLLR_CLIENT_SECRET: string; // wrangler secret
  SESSION_HMAC_KEY: string; // wrangler secret
  SITE_URL: string;
  TOKENS: KVNamespace;
  DB: D1Database;
}
