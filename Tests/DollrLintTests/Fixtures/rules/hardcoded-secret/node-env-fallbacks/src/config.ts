export const dollr = {
  // ok: hardcoded-secret
  baseUrl: process.env.DOLLR_BASE_URL || "https://api.heydollr.app",
  // ok: hardcoded-secret
  clientId: process.env.DOLLR_CLIENT_ID ?? "ci_live_8vNq2Rk",
  // ruleid: hardcoded-secret
  clientSecret: process.env.DOLLR_CLIENT_SECRET || "8rSEQHH6mdgSkr3NcfIxDNTX8BoRTRubwuLOG6hbiPGS",
};

export const fallbacks = {
  // ok: hardcoded-secret
  secretA: process.env.DOLLR_CLIENT_SECRET ?? "changeme",
  // ok: hardcoded-secret
  secretB: process.env.DOLLR_CLIENT_SECRET || "",
  // ok: hardcoded-secret
  secretC: process.env.DOLLR_CLIENT_SECRET ?? "YOUR_CLIENT_SECRET",
  // ruleid: hardcoded-secret
  legacy: process.env.LEGACY_DOLLR_SECRET ?? "6h1K2lh2BudwDsvfRUpi8fKUeM2FXcp87zoH",
};
