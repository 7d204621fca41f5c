import { Prisma } from './prisma';

/** Prisma's codes for a server it cannot reach or that went away: P1001 unreachable, P1002 and P1008 timed out, P1017 closed the connection. */
const UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017']);
/** PostgreSQL's SQLSTATEs of a server shutting down or starting: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now. */
const SHUTTING_DOWN = /\b57P0[123]\b/;

/** True when PostgreSQL could not be reached or went away mid-statement (a restart, a failover): worth trying again shortly, not a fault of the request. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  // The SQLSTATE comes in the message whichever code Prisma gives it (P2010 for raw queries, P2039 for model queries).
  return UNREACHABLE.has(error.code) || SHUTTING_DOWN.test(error.message);
}

/** True when a write lost a race on a unique constraint (e.g. the same Idempotency-Key stored concurrently). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
