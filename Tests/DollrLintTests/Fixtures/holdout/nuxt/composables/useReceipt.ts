// Receipt link for the thanks page, fetched in the browser.
let cached: { token: string; expiresAt: number } | null = null;

async function dollrToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return cached.token;
  const config = useRuntimeConfig();
  const data = await $fetch<{ access_token: string; expires_in: number }>("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    body: {
      client_id: config.public.dollrClientId,
      client_secret: config.public.dollrClientSecret,
    },
    timeout: 10_000,
  });
  // expires_in is in minutes
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60_000 };
  return cached.token;
}

export function useReceipt() {
  async function receiptUrl(orderNumber: string): Promise<string> {
    const { url } = await $fetch<{ url: string }>("https://api.heydollr.app/v1/links/receipt", {
      query: { source_type: "ORDER", source_number: orderNumber },
      headers: { Authorization: `Bearer ${await dollrToken()}` },
      timeout: 10_000,
    });
    return url;
  }
  return { receiptUrl };
}
