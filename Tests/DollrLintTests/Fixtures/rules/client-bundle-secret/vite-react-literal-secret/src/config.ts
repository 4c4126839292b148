// ok: client-bundle-secret
export const DOLLR_BASE_URL = "https://api.heydollr.app";
// ok: client-bundle-secret
export const DOLLR_CLIENT_ID = "ci_live_Pb7sWq2Lx9";
// ruleid: client-bundle-secret
// ruleid: hardcoded-secret
export const DOLLR_CLIENT_SECRET = "9WRXO3sumZmmnYh4YFdO4sgt2n9ykceX7WUGnzMFoovXQ7";
