import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Database } from '@rma-hub/persistence';
import { HUB_CONFIG, problem, type HubConfig } from '@rma-hub/platform';
import type { AuthenticatedRequest } from './caller';

/**
 * Authenticates `Authorization: Bearer <api key>` against the stored key hashes. A client (by IP
 * address) that fails too often in a minute is answered 429 until the minute is over, before its
 * key is even looked up, so keys cannot be guessed at speed. The count is per gateway process.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly failures: RateLimiterMemory;

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) config: HubConfig,
  ) {
    this.failures = new RateLimiterMemory({ points: config.auth.failuresPerMinute, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const client = request.ip;
    const record = await this.failures.get(client);
    if (record && record.remainingPoints <= 0) throw tooManyFailures(record);

    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const party = match?.[1] ? await this.db.repositories.network.partyForApiKey(match[1]) : null;
    if (!party) {
      await this.failures.consume(client).catch((refused: unknown) => {
        if (!(refused instanceof RateLimiterRes)) throw refused;
      });
      throw problem(401, 'AUTH.INVALID_API_KEY', 'A valid API key is required', {
        detail: 'Send an API key issued to your party as "Authorization: Bearer <key>".',
      });
    }
    request.caller = party;
    return true;
  }
}

function tooManyFailures(record: RateLimiterRes) {
  const retryAfterSeconds = Math.ceil(record.msBeforeNext / 1000);
  return problem(429, 'AUTH.TOO_MANY_FAILURES', 'Too many failed authentications', {
    detail: `Try again in ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  });
}
