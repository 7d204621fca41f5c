import { Prisma } from './prisma';

/** True when a write lost a race on a unique constraint (e.g. the same Idempotency-Key stored concurrently). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
