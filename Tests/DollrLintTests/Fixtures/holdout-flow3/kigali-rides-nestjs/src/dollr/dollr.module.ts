import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { DollrAuthService } from './dollr-auth.service';
import { DollrService } from './dollr.service';

@Module({
  imports: [
    HttpModule.register({
      baseURL: process.env.DOLLR_BASE_URL ?? 'https://api.heydollr.app',
      timeout: 15000,
      maxRedirects: 0,
    }),
  ],
  providers: [DollrAuthService, DollrService],
  // HttpModule is re-exported so ReportsModule shares the same configured client
  exports: [HttpModule, DollrAuthService, DollrService],
})
export class DollrModule {}
