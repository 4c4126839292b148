export const config = {
  port: Number(process.env.PORT ?? 3000),
  dollr: {
    baseUrl: process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app",
    clientId: process.env.DOLLR_CLIENT_ID ?? "",
    clientSecret: process.env.DOLLR_CLIENT_SECRET ?? "",
  },
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY ?? "",
  },
  databaseUrl: process.env.DATABASE_URL ?? "postgres://localhost:5432/lonestar",
};
