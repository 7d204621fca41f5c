import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { problem } from './problem';

/**
 * Failed authentications per client (by IP address) in the current minute. A client that used up
 * its allowance is answered 429 until the minute is over, before its credentials are even looked
 * at, so keys and webhook secrets cannot be guessed at speed. Counted per process.
 */
export class FailedAuthentications {
  private readonly failures: RateLimiterMemory;

  constructor(perMinute: number) {
    this.failures = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  async refuseIfExhausted(client: string): Promise<void> {
    const record = await this.failures.get(client);
    if (record && record.remainingPoints <= 0) throw tooManyFailures(record);
  }

  async count(client: string): Promise<void> {
    await this.failures.consume(client).catch((refused: unknown) => {
      if (!(refused instanceof RateLimiterRes)) throw refused;
    });
  }
}

function tooManyFailures(record: RateLimiterRes) {
  const retryAfterSeconds = Math.ceil(record.msBeforeNext / 1000);
  return problem(429, 'AUTH.TOO_MANY_FAILURES', 'Too many failed authentications', {
    detail: `Try again in ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  });
}
