// Dynamic config: adds build-time values to the `extra` block of app.json.
module.exports = ({ config }) => ({
  ...config,
  extra: {
    ...config.extra,
    dollrClientId: process.env.DOLLR_CLIENT_ID,
    dollrClientSecret: process.env.DOLLR_CLIENT_SECRET,
  },
});
