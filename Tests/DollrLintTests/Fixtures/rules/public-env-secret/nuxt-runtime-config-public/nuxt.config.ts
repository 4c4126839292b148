export default defineNuxtConfig({
  runtimeConfig: {
    // ok: public-env-secret
    dollrClientSecret: process.env.DOLLR_CLIENT_SECRET,
    dollrClientId: process.env.DOLLR_CLIENT_ID,
    public: {
      // ok: public-env-secret
      dollrClientId: process.env.DOLLR_CLIENT_ID,
      // ruleid: public-env-secret
      dollrAccessToken: process.env.DOLLR_ACCESS_TOKEN,
      // ok: public-env-secret
      stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY,
    },
  },
});
