export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function isTimeout(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "ETIMEDOUT";
}

/** Honour Retry-After on 429; exponential otherwise. Only used for idempotent reads. */
export async function getWithBackoff<T>(
  fn: () => Promise<{ status: number; headers: Record<string, any>; body: T }>,
  tries = 4
) {
  let delay = 1000;
  for (let i = 0; i < tries; i++) {
    const res = await fn();
    if (res.status === 429) {
      const ra = Number(res.headers["retry-after"] ?? 1);
      await sleep(ra * 1000);
      continue;
    }
    if (res.status >= 500) {
      await sleep(delay);
      delay = Math.min(delay * 2, 15_000);
      continue;
    }
    return res;
  }
  throw new Error("gave up after retries");
}
