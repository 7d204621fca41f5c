import { isDatabaseUnavailable, isUniqueViolation } from './errors';
import { Prisma } from './prisma';

const known = (code: string, message = 'failed') => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: 'test' });

describe('isDatabaseUnavailable', () => {
  it('recognises a server that cannot be reached, timed out or closed the connection', () => {
    for (const code of ['P1001', 'P1002', 'P1008', 'P1017']) expect([code, isDatabaseUnavailable(known(code))]).toEqual([code, true]);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientInitializationError("Can't reach database server", 'test'))).toBe(true);
  });

  it('recognises a statement cut short by the server shutting down (pg_ctl stop -m fast)', () => {
    expect(isDatabaseUnavailable(known('P2010', 'Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`'))).toBe(true);
    expect(isDatabaseUnavailable(known('P2039', 'Database error. Code: `57P01`. Message: `terminating connection due to administrator command`'))).toBe(true);
  });

  it("leaves the request's own faults and other raw query failures alone", () => {
    expect(isDatabaseUnavailable(known('P2002'))).toBe(false);
    expect(isDatabaseUnavailable(known('P2010', 'Raw query failed. Code: `22P02`. Message: `invalid input syntax`'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('P1001'))).toBe(false);
    expect(isUniqueViolation(known('P1001'))).toBe(false);
  });

  it('recognises the same from pg, for the statements that run without Prisma', () => {
    const pgError = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
    expect(isDatabaseUnavailable(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // The next statement of a transaction whose connection broke (seen when PostgreSQL stopped under load).
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('22P02', 'invalid input syntax'))).toBe(false);
    expect(isUniqueViolation(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(true);
    expect(isUniqueViolation(pgError('23503'))).toBe(false);
  });
});
