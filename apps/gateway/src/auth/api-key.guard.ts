import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Database } from '@rma-hub/persistence';
import { problem } from '@rma-hub/platform';
import type { AuthenticatedRequest } from './caller';

/** Authenticates `Authorization: Bearer <api key>` against the stored key hashes. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly db: Database) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const party = match?.[1] ? await this.db.repositories.network.partyForApiKey(match[1]) : null;
    if (!party) {
      throw problem(401, 'AUTH.INVALID_API_KEY', 'A valid API key is required', {
        detail: 'Send an API key issued to your party as "Authorization: Bearer <key>".',
      });
    }
    request.caller = party;
    return true;
  }
}
