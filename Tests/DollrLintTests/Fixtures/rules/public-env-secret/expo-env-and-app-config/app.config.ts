import type { ExpoConfig } from "expo/config";

const config: ExpoConfig = {
  name: "Shop",
  slug: "shop",
  extra: {
    // ok: public-env-secret
    dollrClientId: process.env.DOLLR_CLIENT_ID,
    // ruleid: public-env-secret
    dollrClientSecret: process.env.DOLLR_CLIENT_SECRET,
    // ok: public-env-secret
    apiUrl: process.env.EXPO_PUBLIC_API_URL,
  },
};

export default config;
