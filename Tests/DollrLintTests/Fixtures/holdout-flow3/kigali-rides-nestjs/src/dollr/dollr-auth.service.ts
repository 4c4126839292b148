import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';

type TokenResponse = { access_token: string; expires_in: number };

@Injectable()
export class DollrAuthService {
  private readonly logger = new Logger(DollrAuthService.name);
  private cached?: { token: string; expiresAt: number };
  private inflight?: Promise<string>;

  constructor(private readonly http: HttpService) {}

  async getToken(): Promise<string> {
    const fiveMinutes = 5 * 60 * 1000;
    if (this.cached && this.cached.expiresAt - Date.now() > fiveMinutes) {
      return this.cached.token;
    }
    if (!this.inflight) {
      this.inflight = this.refresh().finally(() => (this.inflight = undefined));
    }
    return this.inflight;
  }

  invalidate() {
    this.cached = undefined;
  }

  private async refresh(): Promise<string> {
    const { data } = await firstValueFrom(
      this.http.post<TokenResponse>('/v1/jwt/client/obtain/token', {
        client_id: process.env.DOLLR_CLIENT_ID,
        client_secret: process.env.DOLLR_CLIENT_SECRET,
      }),
    );
    this.cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 60 * 1000 };
    this.logger.log(`Dollr token refreshed, valid for ${data.expires_in} min`);
    return data.access_token;
  }
}
