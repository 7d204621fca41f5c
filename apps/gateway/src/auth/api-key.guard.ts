import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Database } from '@rma-hub/persistence';
import { FailedAuthentications, HUB_CONFIG, problem, type HubConfig } from '@rma-hub/platform';
import type { AuthenticatedRequest } from './caller';

/** Authenticates `Authorization: Bearer <api key>` against the stored key hashes, failures rate-limited per client. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly failures: FailedAuthentications;

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) config: HubConfig,
  ) {
    this.failures = new FailedAuthentications(config.auth.failuresPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    await this.failures.refuseIfExhausted(request.ip);

    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const party = match?.[1] ? await this.db.repositories.network.partyForApiKey(match[1]) : null;
    if (!party) {
      await this.failures.count(request.ip);
      throw problem(401, 'AUTH.INVALID_API_KEY', 'A valid API key is required', {
        detail: 'Send an API key issued to your party as "Authorization: Bearer <key>".',
      });
    }
    request.caller = party;
    return true;
  }
}
