// Unit tests for the token cache. Values are obviously fake; nothing here reaches Dollr.
process.env.DOLLR_CLIENT_ID = "test-client";
process.env.DOLLR_CLIENT_SECRET = "test-secret";

const test = require("node:test");
const assert = require("node:assert");
const { getToken, resetTokenCache, http } = require("../src/dollr");

test("caches the token until 5 minutes before expiry", async () => {
  let calls = 0;
  http.defaults.adapter = async (config) => {
    calls += 1;
    assert.strictEqual(config.url, "/v1/jwt/client/obtain/token");
    assert.deepStrictEqual(JSON.parse(config.data), {
      client_id: "test-client",
      client_secret: "test-secret",
    });
    return { status: 200, statusText: "OK", headers: {}, config, data: { access_token: "fake-token", expires_in: 60 } };
  };
  resetTokenCache();
  assert.strictEqual(await getToken(), "fake-token");
  assert.strictEqual(await getToken(), "fake-token");
  assert.strictEqual(calls, 1);
});
