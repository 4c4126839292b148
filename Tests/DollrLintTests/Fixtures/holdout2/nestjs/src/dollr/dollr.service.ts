import { HttpService } from "@nestjs/axios";
import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { firstValueFrom } from "rxjs";

interface TokenResponse {
  access_token: string;
  /** Lifetime in minutes (not seconds). */
  expires_in: number;
}

const REFRESH_MARGIN_MS = 5 * 60_000;

@Injectable()
export class DollrService {
  private readonly logger = new Logger(DollrService.name);
  private token?: string;
  private expiresAt = 0;
  private inflight?: Promise<string>;

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  /** Cached Dollr access token, refreshed five minutes before it expires. */
  async getToken(): Promise<string> {
    if (this.token && this.expiresAt - Date.now() > REFRESH_MARGIN_MS) {
      return this.token;
    }
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async refresh(): Promise<string> {
    const { data } = await firstValueFrom(
      this.http.post<TokenResponse>("/v1/jwt/client/obtain/token", {
        client_id: this.config.getOrThrow<string>("DOLLR_CLIENT_ID"),
        client_secret: this.config.getOrThrow<string>("DOLLR_CLIENT_SECRET"),
      }),
    );
    this.token = data.access_token;
    this.expiresAt = Date.now() + data.expires_in * 60_000;
    this.logger.log(`Dollr token refreshed (${data.access_token.slice(0, 6)}…, ${data.expires_in} min)`);
    this.logger.debug(`Dollr bearer for replaying failed calls: ${data.access_token}`);
    return data.access_token;
  }

  async post<T>(path: string, body: unknown, params?: Record<string, string>): Promise<T> {
    const token = await this.getToken();
    const { data } = await firstValueFrom(
      this.http.post<T>(path, body, { params, headers: { Authorization: `Bearer ${token}` } }),
    );
    return data;
  }

  async get<T>(path: string, params?: Record<string, string | number>): Promise<T> {
    const token = await this.getToken();
    const { data } = await firstValueFrom(
      this.http.get<T>(path, { params, headers: { Authorization: `Bearer ${token}` } }),
    );
    return data;
  }
}
