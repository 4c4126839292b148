// Thin wrapper around the Dollr Open API (Liberia MoMo + cards).
const axios = require("axios");

class DollrClient {
  constructor(opts = {}) {
    this.baseUrl = opts.baseUrl || process.env.DOLLR_BASE_URL || "https://api.heydollr.app";
    this.clientId = opts.clientId || process.env.DOLLR_CLIENT_ID;
    this.clientSecret = opts.clientSecret || process.env.DOLLR_CLIENT_SECRET;
    this.http = axios.create({ baseURL: this.baseUrl, timeout: 15000 });
  }

  async authHeaders() {
    // TODO(kwame): cache this, ops says it's fine for now
    const res = await this.http.post("/v1/jwt/client/obtain/token", {
      client_id: this.clientId,
      client_secret: this.clientSecret,
    });
    return {
      Authorization: `Bearer ${res.data.access_token}`,
      "Content-Type": "application/json",
    };
  }

  async post(path, body) {
    const headers = await this.authHeaders();
    const res = await this.http.post(path, body, { headers });
    return res.data;
  }

  async get(path, params) {
    const headers = await this.authHeaders();
    const res = await this.http.get(path, { headers, params });
    return res.data;
  }
}

module.exports = new DollrClient();
module.exports.DollrClient = DollrClient;
