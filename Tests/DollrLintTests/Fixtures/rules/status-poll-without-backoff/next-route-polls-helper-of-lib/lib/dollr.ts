const BASE = process.env.DOLLR_BASE_URL!;

export async function collectionStatus(referenceId: string, token: string) {
  const res = await fetch(`${BASE}/v1/status/collection/${referenceId}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}
