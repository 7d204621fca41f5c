import { Injectable } from '@nestjs/common';
import { CLAIM_ACTION_BODIES, CLAIM_SUBMITTED, type ClaimActionBody } from '@rma-hub/contracts';
import { chargeFor, decideAction, type ClaimActionName } from '@rma-hub/domain';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';
import { notFound, parseOrThrow, problem } from '@rma-hub/platform';
import { effectivePolicy, requestPortalRma, transitionClaim } from '@rma-hub/workflow';
import type { Caller } from '../auth/caller';
import { claimView } from './claim.view';
import type { HttpOutcome } from './idempotency';

/** What an accepted action does besides moving the claim, before and after the transition. */
interface ActionEffects<B> {
  before?(tx: Repositories, claim: ClaimRecord, body: B): Promise<void>;
  after?(tx: Repositories, claim: ClaimRecord, body: B): Promise<void>;
  describe(body: B): string;
}

const EFFECTS: { [A in ClaimActionName]: ActionEffects<ClaimActionBody<A>> } = {
  cancel: { describe: (body) => `cancelled${body.reason ? `: ${body.reason}` : ''}` },
  'add-info': {
    before: (tx, claim, body) => tx.claims.addInformation(claim.id, body),
    // Back in `submitted`, the router checks the completed claim again; back in `forwarded`, the portal is asked again.
    after: async (tx, claim) => {
      if (claim.status === 'submitted') {
        await tx.outbox.publish(CLAIM_SUBMITTED, claim.id, { claimId: claim.id, resellerId: claim.resellerId, manufacturerId: claim.manufacturerId, submittedAt: new Date().toISOString() });
      } else if (claim.status === 'forwarded') {
        const completed = await tx.claims.lock(claim.id);
        if (completed) await requestPortalRma(tx, completed);
      }
    },
    describe: (body) => `added ${Object.keys(body).join(', ')}`,
  },
  ship: {
    before: (tx, claim, body) => tx.claims.setShipment(claim.id, { ...body, shippedAt: new Date().toISOString() }),
    describe: (body) => `shipped with ${body.carrier}, tracking ${body.trackingNumber}`,
  },
  'approve-quote': { describe: () => 'repair quote approved' },
  'reject-quote': {
    after: async (tx, claim) => {
      await tx.claims.setResolution(claim.id, 'returned_unrepaired');
      for (const line of claim.lines) await tx.claims.updateLine(line.id, { outcome: 'returned_unrepaired' });
      const policy = await effectivePolicy(tx, claim.manufacturerId, claim.distributorId);
      const charge = policy && chargeFor('quote_rejected', policy);
      if (charge) await tx.claims.addCharge(claim.id, charge);
    },
    describe: (body) => `repair quote refused${body.reason ? `: ${body.reason}` : ''}; returned unrepaired`,
  },
  forward: { after: (tx, claim) => requestPortalRma(tx, claim), describe: () => 'forwarded to the manufacturer after review' },
};

/**
 * `POST /v1/claims/{id}/actions/{action}`: the lifecycle decides whether the caller may take the
 * action now; a refusal is a 409 naming the current status and what may come next.
 */
@Injectable()
export class TakeClaimAction {
  async execute(tx: Repositories, caller: Caller, claimId: string, action: ClaimActionName, rawBody: unknown): Promise<HttpOutcome> {
    await this.take(tx, caller, claimId, action, rawBody);
    const updated = await tx.claims.lock(claimId);
    return { statusCode: 200, body: claimView(updated!) };
  }

  /** Takes the action, or throws the problem saying why not (404, 409); answers the claim it acted on (its status moved on). */
  async take(tx: Repositories, caller: Caller, claimId: string, action: ClaimActionName, rawBody: unknown): Promise<ClaimRecord> {
    const body = parseOrThrow(CLAIM_ACTION_BODIES[action], rawBody ?? {}, `${action} request`);
    const claim = await tx.claims.lock(claimId);
    if (!claim || !claim.hops.some((hop) => hop.partyId === caller.id)) throw notFound('Claim');

    const decision = decideAction(claim, action, caller.role);
    if (!decision.accepted) {
      throw problem(409, 'CLAIM.ACTION_NOT_ALLOWED', `Cannot ${action} this claim now`, {
        detail: decision.reason,
        currentStatus: decision.current,
        allowedNext: decision.allowedNext,
      });
    }
    const effects = EFFECTS[action] as ActionEffects<never>;
    await effects.before?.(tx, claim, body as never);
    await transitionClaim(tx, claim, {
      to: decision.to,
      actor: { role: caller.role, partyId: caller.id },
      reason: effects.describe(body as never),
      data: { action },
    });
    await effects.after?.(tx, claim, body as never);
    return claim;
  }
}

export const isClaimAction = (value: string): value is ClaimActionName => value in CLAIM_ACTION_BODIES;
