import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DollrService } from '../dollr/dollr.service';
import { DriverPayout } from './driver-payout.entity';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

@Injectable()
export class PayoutStatusCron {
  private readonly logger = new Logger(PayoutStatusCron.name);

  constructor(
    @InjectRepository(DriverPayout) private readonly payouts: Repository<DriverPayout>,
    private readonly dollr: DollrService,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE)
  async settlePending() {
    const pending = await this.payouts.find({ where: { status: In(['PENDING', 'PROCESSING']) } });
    for (const payout of pending) {
      await this.waitForFinalStatus(payout);
    }
  }

  private async waitForFinalStatus(payout: DriverPayout) {
    for (;;) {
      const res = await this.dollr.payoutStatus(payout.referenceId);
      if (res.status === 'COMPLETED' || res.status === 'FAILED') {
        payout.status = res.status;
        await this.payouts.save(payout);
        this.logger.log(`payout ${payout.id} settled as ${res.status}`);
        return;
      }
      await sleep(3000);
    }
  }
}
