import { Injectable } from '@nestjs/common';
import { CLAIM_ACTION_BODIES } from '@rma-hub/contracts';
import { ClaimService, type ClaimRequest } from '@rma-hub/claim-service';
import type { ClaimActionName } from '@rma-hub/domain';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';
import { parseOrThrow } from '@rma-hub/platform';
import type { Caller } from '../auth/caller';
import { ClaimViews } from './claim-views';
import type { HttpOutcome } from './idempotency';

/**
 * `POST /v1/claims/{id}/actions/{action}`: the body is validated, the claim's owner decides and
 * applies; a refusal surfaces as the domain's error (404 off the chain, 403 another party's move,
 * 409 the wrong moment with the current status and what may come next).
 */
@Injectable()
export class TakeClaimAction {
  constructor(
    private readonly claims: ClaimService,
    private readonly views: ClaimViews,
  ) {}

  async execute(tx: Repositories, caller: Caller, claimId: string, action: ClaimActionName, rawBody: unknown): Promise<HttpOutcome> {
    await this.take(tx, caller, claimId, action, rawBody);
    const updated = await tx.claims.get(claimId);
    return { statusCode: 200, body: await this.views.one(tx, caller, updated!) };
  }

  /** Takes the action, or throws why not; answers the claim as it stood before the action. */
  take(tx: Repositories, caller: Caller, claimId: string, action: ClaimActionName, rawBody: unknown): Promise<ClaimRecord> {
    const body = parseOrThrow(CLAIM_ACTION_BODIES[action], rawBody ?? {}, `${action} request`);
    const command = { kind: 'action', action, body, caller: { partyId: caller.id, role: caller.role } } as ClaimRequest;
    return this.claims.execute(tx, claimId, command);
  }
}

export const isClaimAction = (value: string): value is ClaimActionName => Object.hasOwn(CLAIM_ACTION_BODIES, value);
