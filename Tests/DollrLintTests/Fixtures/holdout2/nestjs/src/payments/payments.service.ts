import { randomUUID } from "node:crypto";

import { Injectable, Logger } from "@nestjs/common";

import { DollrService } from "../dollr/dollr.service";
import { PrismaService } from "../prisma/prisma.service";

interface Execution {
  status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
  reference_id: string;
  requires_action?: boolean;
  client_secret?: string;
  gateway_message?: string;
}

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    private readonly dollr: DollrService,
    private readonly prisma: PrismaService,
  ) {}

  async payMomo(orderId: number, phone: string, operator?: "ORANGE") {
    const order = await this.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    const session = await this.dollr.post<{ id: number }>("/v1/sessions/checkout", {
      source_id: order.dollrInvoiceId,
      source_type: "INVOICE",
    });

    let account: { id: number };
    if (operator === "ORANGE") {
      account = await this.orangeAccount(order.dollrPartyId, phone);
    } else {
      const mmo = await this.dollr.get<{ payment_method: string; gateway_provider: string }>(
        "/v1/predictions/mmo-provider-info",
        { phone, operation_type: "COLLECTION" },
      );
      account = await this.dollr.post<{ id: number }>(
        "/v1/payment-accounts/create",
        {
          account_name: `${order.customerName} MoMo`,
          method: mmo.payment_method,
          provider: mmo.gateway_provider,
          party_id: order.dollrPartyId,
          country_code: "LR",
          insensitive_account_number: phone,
        },
        { operation_type: "COLLECTION" },
      );
    }

    // The idempotency key is written before the execute call.
    const referenceId = randomUUID();
    await this.prisma.payment.create({ data: { orderId, referenceId, status: "PENDING" } });

    const execution = await this.dollr.post<Execution>("/v1/executions/collection", {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: "USD",
      reference_id: referenceId,
    });
    await this.prisma.payment.update({ where: { referenceId }, data: { status: execution.status } });
    this.logger.log(`payment ${referenceId} ${execution.status}`);

    // Short-lived Supabase key so the checkout page can watch the payment live.
    const realtime = await this.dollr.post<{ access_token: string }>("/v1/realtime-keys/collection", {
      session_id: String(session.id),
      source_type: "INVOICE",
      reference_id: referenceId,
    });
    return { referenceId, status: execution.status, realtimeToken: realtime.access_token };
  }

  // Orange Money customers pick "Orange" in the app, so the prediction call is skipped for them.
  private orangeAccount(partyId: number, phone: string) {
    return this.dollr.post<{ id: number }>(
      "/v1/payment-accounts/create",
      {
        account_name: `Orange wallet ${phone.slice(-4)}`,
        method: "ORANGE_MONEY_LBR",
        provider: "STRIPE",
        party_id: partyId,
        country_code: "LR",
        insensitive_account_number: phone,
      },
      { operation_type: "COLLECTION" },
    );
  }

  async payCard(orderId: number, paymentMethodId: string) {
    const order = await this.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    await this.dollr.get("/v1/predictions/card-provider-info", {
      payment_method_id: paymentMethodId,
      operation_type: "COLLECTION",
      provider: "STRIPE",
    });
    const session = await this.dollr.post<{ id: number }>("/v1/sessions/checkout", {
      source_id: order.dollrInvoiceId,
      source_type: "INVOICE",
    });
    const account = await this.dollr.post<{ id: number }>(
      "/v1/payment-accounts/create",
      { account_name: `${order.customerName} card`, method: "CREDIT_CARD", provider: "STRIPE", party_id: order.dollrPartyId },
      { operation_type: "COLLECTION" },
    );

    const referenceId = randomUUID();
    await this.prisma.payment.create({ data: { orderId, referenceId, status: "PENDING" } });
    const execution = await this.dollr.post<Execution>("/v1/executions/collection", {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: "USD",
      reference_id: referenceId,
    });
    await this.prisma.payment.update({ where: { referenceId }, data: { status: execution.status } });
    this.logger.log(`card payment ${referenceId} ${execution.status} requires_action=${Boolean(execution.requires_action)}`);

    // The storefront hands clientSecret to stripe.confirmCardPayment for 3-D Secure.
    return {
      referenceId,
      status: execution.status,
      requiresAction: Boolean(execution.requires_action),
      clientSecret: execution.client_secret,
    };
  }

  async status(referenceId: string) {
    const res = await this.dollr.get<Execution>(`/v1/status/collection/${referenceId}`);
    await this.prisma.payment.update({ where: { referenceId }, data: { status: res.status } });
    this.logger.log(`status ${referenceId}: ${res.status} (${res.gateway_message ?? "-"})`);
    return { referenceId, status: res.status };
  }
}
