import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from './generated/prisma/client';

export type PrismaTx = Prisma.TransactionClient;
export { Prisma, PrismaClient };

export function createPrismaClient(databaseUrl: string, poolSize: number): PrismaClient {
  // A connection attempt gives up after a few seconds, so an unreachable server reads as an error (readiness, retries) instead of a hang.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5_000 }) });
}
