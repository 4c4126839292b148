import { Injectable, Logger } from '@nestjs/common';
import axios from 'axios';
import { randomUUID } from 'crypto';

// Kenyan drivers are paid through Safaricom Daraja B2C, not Dollr.
@Injectable()
export class MpesaService {
  private readonly logger = new Logger(MpesaService.name);
  private readonly baseUrl = process.env.MPESA_BASE_URL ?? 'https://api.safaricom.co.ke';
  private token?: { value: string; expiresAt: number };

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const basic = Buffer.from(`${process.env.MPESA_CONSUMER_KEY}:${process.env.MPESA_CONSUMER_SECRET}`).toString('base64');
    const { data } = await axios.get(`${this.baseUrl}/oauth/v1/generate?grant_type=client_credentials`, {
      headers: { Authorization: `Basic ${basic}` },
      timeout: 10000,
    });
    // Daraja returns expires_in in seconds ("3599")
    this.token = { value: data.access_token, expiresAt: Date.now() + Number(data.expires_in) * 1000 - 30_000 };
    return this.token.value;
  }

  async b2cPayout(phone: string, amount: number, remarks: string) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const originatorConversationId = randomUUID();
      try {
        const { data } = await axios.post(
          `${this.baseUrl}/mpesa/b2c/v3/paymentrequest`,
          {
            OriginatorConversationID: originatorConversationId,
            InitiatorName: process.env.MPESA_INITIATOR,
            SecurityCredential: process.env.MPESA_SECURITY_CREDENTIAL,
            CommandID: 'BusinessPayment',
            Amount: amount,
            PartyA: process.env.MPESA_SHORTCODE,
            PartyB: phone,
            Remarks: remarks,
            QueueTimeOutURL: `${process.env.PUBLIC_URL}/mpesa/b2c/timeout`,
            ResultURL: `${process.env.PUBLIC_URL}/mpesa/b2c/result`,
            Occasion: 'driver-payout',
          },
          { headers: { Authorization: `Bearer ${await this.accessToken()}` }, timeout: 20000 },
        );
        return data;
      } catch (err) {
        if (!axios.isAxiosError(err) || (err.response && err.response.status < 500) || attempt === 3) throw err;
        this.logger.warn(`daraja b2c attempt ${attempt} failed, retrying`);
        await new Promise((r) => setTimeout(r, attempt * 1000));
      }
    }
  }
}
