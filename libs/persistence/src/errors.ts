import { Prisma } from './prisma';

/** Prisma's codes for a server it cannot reach or that went away: P1001 unreachable, P1002 and P1008 timed out, P1017 closed the connection. */
const UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017']);
/** PostgreSQL's SQLSTATEs of a server shutting down or starting: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now. */
const SHUTTING_DOWN = /\b57P0[123]\b/;

/**
 * How pg (the statements run without Prisma) says the server is out of reach: a socket error, the
 * pool giving up, or a statement sent on a connection of a transaction that had already broken.
 */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const POOL_GAVE_UP = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable/;

/** A pg error's code: a SQLSTATE from the server, or a Node socket error's. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when PostgreSQL could not be reached or went away mid-statement (a restart, a failover): worth trying again shortly, not a fault of the request. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    // The SQLSTATE comes in the message whichever code Prisma gives it (P2010 for raw queries, P2039 for model queries).
    return UNREACHABLE.has(error.code) || SHUTTING_DOWN.test(error.message);
  }
  const code = codeOf(error);
  return (code !== undefined && (SOCKET_ERRORS.has(code) || SHUTTING_DOWN.test(code))) || (error instanceof Error && POOL_GAVE_UP.test(error.message));
}

/** True when a write lost a race on a unique constraint (e.g. the same Idempotency-Key stored concurrently). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2002';
  return codeOf(error) === '23505';
}
