import { PrismaClient } from "@prisma/client";

declare global {
  // eslint-disable-next-line no-var
  var __db: PrismaClient | undefined;
}

// One client per process, reused across hot reloads in development.
export const db = globalThis.__db ?? (globalThis.__db = new PrismaClient());
