const axios = require("axios");
const axiosRetry = require("axios-retry").default;
const config = require("../config");

const http = axios.create({
  baseURL: config.dollrBaseUrl,
  headers: { "Content-Type": "application/json" },
});

axiosRetry(http, {
  retries: 3,
  retryDelay: axiosRetry.exponentialDelay,
  retryCondition: (error) => !error.response || error.response.status >= 400,
});

module.exports = http;
