import { CLAIM_STATUS_CHANGED, type Actor, type ClaimStatus } from '@rma-hub/contracts';
import { decideTransition, nextStatuses, rmaExpiry, scrapDue } from '@rma-hub/domain';
import type { ClaimRecord, Repositories, TimerKind } from '@rma-hub/persistence';
import { effectivePolicy } from './effective-policy';

export class TransitionRefused extends Error {
  constructor(
    readonly current: ClaimStatus,
    readonly to: ClaimStatus,
    readonly allowedNext: ClaimStatus[],
  ) {
    super(`${current} cannot become ${to} (allowed next: ${allowedNext.join(', ') || 'none'})`);
  }
}

export interface ClaimChange {
  to: ClaimStatus;
  actor: Actor;
  reason: string;
  data?: Record<string, unknown>;
}

/** Deadlines that stop mattering once a claim enters a status. */
const CANCELS: Partial<Record<ClaimStatus, TimerKind[]>> = {
  in_transit: ['rma_expiry'],
  received: ['rma_expiry'],
  cancelled: ['rma_expiry', 'scrap', 'quote_timeout'],
  repairing: ['scrap', 'quote_timeout'],
  shipped_back: ['scrap', 'quote_timeout'],
  scrapped: ['scrap', 'quote_timeout'],
};

/**
 * Moves a locked claim to `change.to` if the lifecycle lets the actor: updates the status, appends
 * the timeline event, announces the change, and schedules or cancels the deadlines the new status
 * brings, all in the caller's transaction.
 */
export async function transitionClaim(tx: Repositories, claim: ClaimRecord, change: ClaimChange): Promise<void> {
  const verdict = decideTransition(claim.status, change.to, change.actor.role);
  if (!verdict.allowed) throw new TransitionRefused(claim.status, change.to, nextStatuses(claim.status, change.actor.role));

  await tx.claims.setStatus(claim.id, change.to, change.to === 'needs_info' ? claim.status : undefined);
  await tx.claims.appendEvent(claim.id, {
    type: 'status_changed',
    from: claim.status,
    to: change.to,
    actor: change.actor,
    reason: change.reason,
    ...(change.data ? { data: change.data } : {}),
  });
  await tx.outbox.publish(CLAIM_STATUS_CHANGED, claim.id, {
    claimId: claim.id,
    from: claim.status,
    to: change.to,
    actor: change.actor,
    reason: change.reason,
    occurredAt: new Date().toISOString(),
  });
  if (change.to === 'needs_info') claim.resumeStatus = claim.status;
  claim.status = change.to;
  await applyDeadlines(tx, claim);
}

async function applyDeadlines(tx: Repositories, claim: ClaimRecord): Promise<void> {
  const cancels = CANCELS[claim.status];
  if (cancels) await tx.timers.cancel(claim.id, cancels);
  if (claim.status !== 'authorized' && claim.status !== 'quote_pending') return;

  const policy = await effectivePolicy(tx, claim.manufacturerId, claim.distributorId);
  if (!policy) return;
  const now = new Date();
  if (claim.status === 'authorized') {
    const expiry = rmaExpiry(policy, now);
    await tx.timers.schedule(claim.id, { kind: 'rma_expiry', dueAt: expiry.at, rule: expiry.rule, policy: policy.ref });
    return;
  }
  const scrap = scrapDue(policy, now);
  if (scrap) await tx.timers.schedule(claim.id, { kind: 'scrap', dueAt: scrap.at, rule: scrap.rule, policy: policy.ref });
  const timeoutDays = policy.document.quote.timeoutDays;
  if (timeoutDays !== null) {
    await tx.timers.schedule(claim.id, {
      kind: 'quote_timeout',
      dueAt: new Date(now.getTime() + timeoutDays * 86_400_000),
      rule: 'quote_timeout',
      policy: policy.ref,
    });
  }
}
