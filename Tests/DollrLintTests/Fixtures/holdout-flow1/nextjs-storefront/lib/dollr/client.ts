import "server-only";
import { DollrPaths } from "./paths";
import { HttpError, withRetry } from "../retry";

export interface CollectBody {
  session_id: string;
  payment_account_id: string;
  currency: string;
  reference_id: string;
}

export class DollrClient {
  private token?: string;
  private tokenExpiresAt = 0;

  constructor(
    private readonly baseUrl = process.env.DOLLR_BASE_URL ?? "https://api.heydollr.app",
    private readonly timeoutMs = 15_000,
  ) {}

  private async request(path: string, init: RequestInit = {}) {
    const res = await fetch(`${this.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) throw new HttpError(res.status, `Dollr ${path} answered ${res.status}`);
    return res.json();
  }

  private async accessToken(): Promise<string> {
    // expires_in is minutes: keep the token until fewer than five minutes remain
    if (this.token && Date.now() < this.tokenExpiresAt - 5 * 60_000) return this.token;
    const data = await withRetry(() =>
      this.request(DollrPaths.token, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
      }),
    );
    this.token = data.access_token as string;
    this.tokenExpiresAt = Date.now() + data.expires_in * 60_000;
    return this.token;
  }

  private async authed(path: string, init: RequestInit = {}) {
    const token = await this.accessToken();
    return this.request(path, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    });
  }

  collect(body: CollectBody) {
    return this.authed(DollrPaths.collect, { method: "POST", body: JSON.stringify(body) });
  }

  status(operation: "collection" | "payout", referenceId: string) {
    return this.authed(DollrPaths.status(operation, referenceId));
  }
}

export const dollr = new DollrClient();
