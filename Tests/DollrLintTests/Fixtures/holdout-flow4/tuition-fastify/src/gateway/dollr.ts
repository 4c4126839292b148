import { request } from "undici";

export interface GatewayConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface GatewayResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
}

export class DollrClient {
  private token?: string;
  private expiresAt = 0;

  constructor(private readonly cfg: GatewayConfig, private readonly timeoutMs = 20_000) {}

  private async bearer(): Promise<string> {
    if (this.token && this.expiresAt - Date.now() > 5 * 60 * 1000) return this.token;
    const res = await request(`${this.cfg.baseUrl}/v1/jwt/client/obtain/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: this.cfg.clientId, client_secret: this.cfg.clientSecret }),
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    const data = (await res.body.json()) as { access_token: string; expires_in: number };
    this.token = data.access_token;
    this.expiresAt = Date.now() + data.expires_in * 1000;
    return this.token;
  }

  async call<T = any>(method: "GET" | "POST", path: string, body?: unknown): Promise<GatewayResponse<T>> {
    const res = await request(`${this.cfg.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.bearer()}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as T };
  }

  execute(op: "collection" | "payout" | "refund", body: Record<string, unknown>) {
    return this.call("POST", `/v1/executions/${op}`, body);
  }

  status(op: string, referenceId: string) {
    return this.call("GET", `/v1/status/${op}/${encodeURIComponent(referenceId)}`);
  }
}

export const gateway = new DollrClient({
  baseUrl: process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app",
  clientId: process.env.DOLLR_CLIENT_ID ?? "",
  clientSecret: process.env.DOLLR_CLIENT_SECRET ?? "",
});
