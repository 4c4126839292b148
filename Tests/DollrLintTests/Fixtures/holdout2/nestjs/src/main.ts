import { Logger, ValidationPipe } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  app.enableCors({ origin: [process.env.APP_URL ?? "http://localhost:3000"] });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  Logger.log(`Monrovia Mart API listening on http://localhost:${port}`, "Bootstrap");
}

void bootstrap();
