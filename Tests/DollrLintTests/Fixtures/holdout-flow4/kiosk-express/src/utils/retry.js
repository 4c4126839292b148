const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withRetry(fn, attempts = 3, baseMs = 500) {
  let lastErr;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      const code = err.response && err.response.status;
      if (code && code < 500 && code !== 429) throw err;
      await sleep(baseMs * 2 ** i);
    }
  }
  throw lastErr;
}

module.exports = { withRetry, sleep };
