import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';
import { DollrAuthService } from './dollr-auth.service';

export interface PayoutExecutionBody {
  session_id: string;
  payout_account_id: number;
  reference_id: string;
  passcode: {
    token: { phone?: string; code?: string };
    device: { name: string; type: string; platform: string; user_agent: string; client_ip?: string };
  };
}

@Injectable()
export class DollrService {
  private readonly executionsPath = '/v1/executions';
  private readonly statusPath = '/v1/status';

  constructor(
    private readonly http: HttpService,
    private readonly auth: DollrAuthService,
  ) {}

  private async headers() {
    return { Authorization: `Bearer ${await this.auth.getToken()}` };
  }

  async createPayoutSession(payoutAccountId: number, amount: number, currency: string) {
    const { data } = await firstValueFrom(
      this.http.post(
        '/v1/sessions/payout',
        { payout_account_id: payoutAccountId, amount, currency },
        { headers: await this.headers() },
      ),
    );
    return data as { id: number; expires_at: string; wallet_id: number };
  }

  async executePayout(body: PayoutExecutionBody) {
    const { data } = await firstValueFrom(
      this.http.post(`${this.executionsPath}/payout`, body, { headers: await this.headers() }),
    );
    return data as { status: string; reference_id: string };
  }

  async payoutStatus(referenceId: string) {
    const { data } = await firstValueFrom(
      this.http.get(`${this.statusPath}/payout/${referenceId}`, { headers: await this.headers() }),
    );
    return data as { status: string; reference_id: string };
  }
}
