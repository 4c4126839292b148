import axios, { AxiosInstance } from "axios";
import { config } from "../config";
import { logger } from "./logger";

type TokenResponse = { access_token: string; expires_in: number };

export class DollrClient {
  private baseUrl: string;
  private http: AxiosInstance;
  private token?: string;
  private tokenExpiresAt = 0;

  constructor(baseUrl: string = config.dollr.baseUrl) {
    this.baseUrl = baseUrl;
    this.http = axios.create({
      baseURL: this.baseUrl,
      headers: { "Content-Type": "application/json" },
    });
  }

  private async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.tokenExpiresAt - 60_000) {
      return this.token;
    }
    const { data } = await this.http.post<TokenResponse>("/v1/jwt/client/obtain/token", {
      client_id: config.dollr.clientId,
      client_secret: config.dollr.clientSecret,
    });
    this.token = data.access_token;
    this.tokenExpiresAt = Date.now() + data.expires_in * 1000;
    logger.debug({ expiresAt: new Date(this.tokenExpiresAt).toISOString() }, "dollr token refreshed");
    return this.token;
  }

  private async authHeaders() {
    return { Authorization: `Bearer ${await this.accessToken()}` };
  }

  async createOrder(body: { counterparty_id: number; currency: string; note?: string; fee_bearer?: string }) {
    const { data } = await this.http.post("/v1/orders/create", body, { headers: await this.authHeaders() });
    return data as { id: number; status: string };
  }

  async addOrderItem(orderId: number, item: { name: string; currency: string; qty: number; amount: number }) {
    await this.http.post(`/v1/orders/${orderId}/items/add`, item, { headers: await this.authHeaders() });
  }

  async publishOrder(orderId: number) {
    const { data } = await this.http.put(`/v1/orders/publish/${orderId}`, undefined, { headers: await this.authHeaders() });
    return data;
  }

  async predictMmo(phone: string) {
    const { data } = await this.http.get("/v1/predictions/mmo-provider-info", {
      params: { phone, operation_type: "COLLECTION" },
      headers: await this.authHeaders(),
    });
    return data as { payment_method: string; gateway_provider: string };
  }

  async createPaymentAccount(body: Record<string, unknown>) {
    const { data } = await this.http.post("/v1/payment-accounts/create?operation_type=COLLECTION", body, {
      headers: await this.authHeaders(),
    });
    return data as { id: number };
  }

  async createCheckoutSession(sourceId: number, sourceType: "INVOICE" | "ORDER") {
    const { data } = await this.http.post(
      "/v1/sessions/checkout",
      { source_id: sourceId, source_type: sourceType },
      { headers: await this.authHeaders() },
    );
    return data as { id: number };
  }

  async executeCollection(body: { session_id: string; payment_account_id: string; currency: string; reference_id: string }) {
    const { data } = await this.http.post("/v1/executions/collection", body, { headers: await this.authHeaders() });
    return data as { status: string; reference_id: string; gateway_message?: string };
  }

  async collectionStatus(referenceId: string) {
    const { data } = await this.http.get(`/v1/status/collection/${referenceId}`, { headers: await this.authHeaders() });
    return data as { status: string; reference_id: string };
  }

  async realtimeKey(sessionId: number, referenceId: string) {
    const { data } = await this.http.post(
      "/v1/realtime-keys/collection",
      { session_id: sessionId, source_type: "ORDER", reference_id: referenceId },
      { headers: await this.authHeaders() },
    );
    return data as { access_token: string; expires_in: number };
  }
}

export const dollr = new DollrClient();
