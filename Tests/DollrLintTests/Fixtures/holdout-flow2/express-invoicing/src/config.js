module.exports = {
  dollrBaseUrl: process.env.DOLLR_BASE_URL || "https://api.heydollr.app",
  dollrClientId: process.env.DOLLR_CLIENT_ID,
  dollrClientSecret: process.env.DOLLR_CLIENT_SECRET,
  port: Number(process.env.PORT || 3000),
};
