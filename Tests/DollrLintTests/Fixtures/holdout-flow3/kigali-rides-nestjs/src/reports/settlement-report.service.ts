import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { firstValueFrom } from 'rxjs';
import { Repository } from 'typeorm';
import { DriverPayout } from '../payouts/driver-payout.entity';

// Finance wanted the Dollr-side status next to every payout line in the daily CSV.
@Injectable()
export class SettlementReportService {
  private readonly baseUrl = process.env.DOLLR_BASE_URL ?? 'https://api.heydollr.app';

  constructor(
    private readonly http: HttpService,
    @InjectRepository(DriverPayout) private readonly payouts: Repository<DriverPayout>,
  ) {}

  private async fetchStatus(referenceId: string) {
    const tokenRes = await firstValueFrom(this.http.post(`${this.baseUrl}/v1/jwt/client/obtain/token`, {
      client_id: process.env.DOLLR_CLIENT_ID,
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }));
    const { data } = await firstValueFrom(
      this.http.get(`${this.baseUrl}/v1/status/payout/${referenceId}`, {
        headers: { Authorization: `Bearer ${tokenRes.data.access_token}` },
      }),
    );
    return data as { status: string };
  }

  async dailyCsv(day: string): Promise<string> {
    const rows = await this.payouts.find({ where: { settledOn: day } });
    const lines = ['driver_id,amount,reference_id,dollr_status'];
    for (const row of rows) {
      const st = await this.fetchStatus(row.referenceId);
      lines.push([row.driverId, row.amount, row.referenceId, st.status].join(','));
    }
    return lines.join('\n');
  }
}
