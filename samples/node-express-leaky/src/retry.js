// Retries an async operation on network errors and 5xx answers, with exponential backoff.
async function withRetry(operation, { attempts = 4, baseDelayMs = 1000 } = {}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation(attempt);
    } catch (err) {
      const status = err.response && err.response.status;
      if (status && status < 500) throw err;
      lastError = err;
      await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** attempt));
    }
  }
  throw lastError;
}

module.exports = { withRetry };
