/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  // Make the Dollr credentials available to the checkout page.
  env: {
    DOLLR_CLIENT_ID: process.env.DOLLR_CLIENT_ID,
    DOLLR_CLIENT_SECRET: process.env.DOLLR_CLIENT_SECRET,
  },
};

module.exports = nextConfig;
