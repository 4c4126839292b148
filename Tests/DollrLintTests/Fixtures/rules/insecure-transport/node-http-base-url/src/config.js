// ruleid: insecure-transport
const DOLLR_BASE_URL = "http://api.heydollr.app";
// ok: insecure-transport
const DOLLR_SECURE_URL = "https://api.heydollr.app";
// ok: insecure-transport
const MOCK_DOLLR_URL = "http://localhost:4010";
// ok: insecure-transport
const LOOPBACK = "http://127.0.0.1:4010/v1/executions/collection";
// ok: insecure-transport
// Do not use http://api.heydollr.app: the API only answers over TLS.

async function status(referenceId, headers) {
  // ruleid: insecure-transport
  return fetch(`http://api.heydollr.app/v1/status/collection/${referenceId}`, { headers });
}

module.exports = { DOLLR_BASE_URL, DOLLR_SECURE_URL, MOCK_DOLLR_URL, LOOPBACK, status };
