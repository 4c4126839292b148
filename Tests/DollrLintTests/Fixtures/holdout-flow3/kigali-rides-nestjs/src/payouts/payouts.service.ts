import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { Repository } from 'typeorm';
import { DollrService } from '../dollr/dollr.service';
import { DriverPayout } from './driver-payout.entity';

@Injectable()
export class PayoutsService {
  private readonly logger = new Logger(PayoutsService.name);

  constructor(
    @InjectRepository(DriverPayout) private readonly payouts: Repository<DriverPayout>,
    private readonly dollr: DollrService,
  ) {}

  async payDriver(payoutId: number): Promise<DriverPayout> {
    const payout = await this.payouts.findOneByOrFail({ id: payoutId });
    const session = await this.dollr.createPayoutSession(payout.payoutAccountId, payout.amount, 'RWF');

    payout.referenceId = randomUUID();
    payout.sessionId = String(session.id);
    await this.payouts.save(payout);

    let attempts = 0;
    while (true) {
      try {
        const execution = await this.dollr.executePayout(this.buildBody(payout));
        payout.status = execution.status;
        break;
      } catch (err) {
        attempts += 1;
        if (attempts >= 3) throw err;
        this.logger.warn(`payout ${payout.id} attempt ${attempts} failed: ${(err as Error).message}`);
        payout.referenceId = randomUUID();
        await this.payouts.save(payout);
      }
    }
    return this.payouts.save(payout);
  }

  private buildBody(payout: DriverPayout) {
    return {
      session_id: payout.sessionId,
      payout_account_id: payout.payoutAccountId,
      reference_id: payout.referenceId,
      passcode: {
        token: { phone: process.env.DOLLR_PASSCODE_PHONE, code: process.env.DOLLR_PASSCODE },
        device: {
          name: 'kigali-rides-payouts',
          type: 'SERVER',
          platform: 'NODE',
          user_agent: 'kigali-rides/2.3',
          client_ip: process.env.EGRESS_IP,
        },
      },
    };
  }
}
