const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries a READ (status, predictions, receipts) on network errors, 5xx and
 * 429. A 429 waits for Retry-After. Other 4xx are never retried.
 *
 * Never wrap POST /v1/executions/* in this. A lost execute response is
 * reconciled with GET /v1/status/collection/{reference_id}, not re-sent.
 */
async function withRetry(fn, { retries = 3, baseDelayMs = 500 } = {}) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      const status = err.response?.status;
      const transient = status === undefined || status >= 500 || status === 429;
      if (!transient || attempt >= retries) throw err;
      const retryAfterSeconds = Number(err.response?.headers?.["retry-after"]);
      await sleep(status === 429 && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : baseDelayMs * 2 ** attempt);
    }
  }
}

module.exports = { withRetry };
