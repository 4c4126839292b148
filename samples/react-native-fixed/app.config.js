// Dynamic config. Only the shop backend's URL goes into `extra`: everything in
// `extra` is readable by anyone who unpacks the app, so no Dollr credentials here.
module.exports = ({ config }) => ({
  ...config,
  extra: {
    ...config.extra,
    apiUrl: process.env.EXPO_PUBLIC_API_URL ?? config.extra.apiUrl,
  },
});
