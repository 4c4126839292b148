/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  // `env` values are inlined into the client bundle at build time
  env: {
    // ok: public-env-secret
    DOLLR_BASE_URL: "https://api.heydollr.app",
    // ruleid: public-env-secret
    DOLLR_CLIENT_SECRET: process.env.DOLLR_CLIENT_SECRET,
  },
  serverRuntimeConfig: {
    // ok: public-env-secret
    dollrClientSecret: process.env.DOLLR_CLIENT_SECRET,
  },
  publicRuntimeConfig: {
    // ok: public-env-secret
    dollrClientId: process.env.DOLLR_CLIENT_ID,
    // ruleid: public-env-secret
    dollrToken: process.env.DOLLR_ACCESS_TOKEN,
  },
};
