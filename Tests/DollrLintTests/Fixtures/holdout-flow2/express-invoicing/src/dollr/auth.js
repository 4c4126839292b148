const http = require("./http");
const config = require("../config");

let cached = null;

async function accessToken() {
  if (cached && cached.expiresAt - Date.now() > 5 * 60 * 1000) return cached.token;
  const { data } = await http.post("/v1/jwt/client/obtain/token", {
    client_id: config.dollrClientId,
    client_secret: config.dollrClientSecret,
  });
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cached.token;
}

module.exports = { accessToken };
