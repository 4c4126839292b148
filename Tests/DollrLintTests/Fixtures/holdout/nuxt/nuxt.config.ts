// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: "2024-09-01",
  devtools: { enabled: true },
  runtimeConfig: {
    // Server only: overridden by NUXT_DOLLR_CLIENT_ID / NUXT_DOLLR_CLIENT_SECRET.
    dollrClientId: "",
    dollrClientSecret: "",
    dollrBaseUrl: "https://api.heydollr.app",
    public: {
      siteUrl: "http://localhost:3000",
      supabaseUrl: "",
      supabaseAnonKey: "",
      dollrClientId: "",
      // The receipt widget needs it until the receipt endpoint moves server-side.
      dollrClientSecret: "",
    },
  },
});
