import { Body, Controller, Get, Post, UnauthorizedException, UseGuards } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import * as bcrypt from "bcrypt";

import { DollrService } from "../dollr/dollr.service";
import { PrismaService } from "../prisma/prisma.service";
import { AuthGuard } from "./auth.guard";

class LoginDto {
  email!: string;
  password!: string;
}

@Controller("auth")
export class AuthController {
  constructor(
    private readonly jwt: JwtService,
    private readonly prisma: PrismaService,
    private readonly dollr: DollrService,
  ) {}

  // Staff and customer login: returns *our* JWT, signed with JWT_SECRET.
  @Post("login")
  async login(@Body() dto: LoginDto) {
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) {
      throw new UnauthorizedException();
    }
    return { access_token: await this.jwt.signAsync({ sub: user.id, role: user.role }) };
  }

  // The Sinkor branch POS tablets (app 1.x) still call Dollr themselves.
  @UseGuards(AuthGuard)
  @Get("pos/dollr-token")
  async posDollrToken() {
    return { token: await this.dollr.getToken() };
  }
}
