import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';
import { Prisma, PrismaClient } from './generated/prisma/client';

export type PrismaTx = Prisma.TransactionClient;
export { Prisma, PrismaClient };

/** Prisma on the Database's own pool, so the bulk paths can reach the connections under it. */
export function createPrismaClient(pool: Pool): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}
