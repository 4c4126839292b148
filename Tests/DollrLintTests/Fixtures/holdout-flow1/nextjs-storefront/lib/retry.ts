export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof HttpError) return err.status >= 500;
  return err instanceof Error && (err.name === "TimeoutError" || err.name === "TypeError");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries network failures and 5xx with exponential backoff; never a 4xx. */
export async function withRetry<T>(fn: () => Promise<T>, attempts = 3, baseDelayMs = 500): Promise<T> {
  let delay = baseDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isTransient(err)) throw err;
      await sleep(delay);
      delay = Math.min(delay * 2, 8000);
    }
  }
}
