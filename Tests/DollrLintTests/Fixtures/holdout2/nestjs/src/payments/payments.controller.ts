import { Body, Controller, Get, Param, ParseIntPipe, Post, UseGuards } from "@nestjs/common";

import { AuthGuard } from "../auth/auth.guard";
import { PaymentsService } from "./payments.service";

class MomoDto {
  phone!: string;
  operator?: "ORANGE";
}

class CardDto {
  paymentMethodId!: string;
}

// Our own public API is versioned too: POST /v1/orders/:id/pay/momo etc. (not Dollr paths).
@Controller("v1/orders")
@UseGuards(AuthGuard)
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post(":id/pay/momo")
  payMomo(@Param("id", ParseIntPipe) id: number, @Body() dto: MomoDto) {
    return this.payments.payMomo(id, dto.phone, dto.operator);
  }

  @Post(":id/pay/card")
  payCard(@Param("id", ParseIntPipe) id: number, @Body() dto: CardDto) {
    return this.payments.payCard(id, dto.paymentMethodId);
  }

  @Get("payments/:referenceId")
  status(@Param("referenceId") referenceId: string) {
    return this.payments.status(referenceId);
  }
}
