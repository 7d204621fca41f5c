import { CLAIM_STATUS_CHANGED, type Actor, type ClaimStatus } from '@rma-hub/contracts';
import { advanceReplacement, dateOf, decideTransition, nextStatuses, rmaExpiry, scrapDue, type EffectivePolicy } from '@rma-hub/domain';
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
  in_transit: ['rma_expiry', 'advance_return'],
  received: ['rma_expiry', 'advance_return'],
  cancelled: ['rma_expiry', 'scrap', 'quote_timeout', 'advance_return'],
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

/**
 * With an advance replacement, the replacement ships on authorization and the defective units are
 * due back N business days later; the decision for each line is recorded either way.
 */
async function scheduleAdvanceReturn(tx: Repositories, claim: ClaimRecord, policy: EffectivePolicy, now: Date): Promise<void> {
  const decisions = claim.lines.map((line) => ({ serial: line.serial, ...advanceReplacement(line.category, policy, dateOf(now)) }));
  const eligible = decisions.every((decision) => decision.eligible);
  await tx.claims.appendEvent(claim.id, {
    type: 'policy_decision',
    from: null,
    to: null,
    actor: { role: 'hub', partyId: null },
    reason: eligible ? `advance replacement granted: ${decisions[0]!.reason}` : `advance replacement refused: ${decisions.find((d) => !d.eligible)!.reason}`,
    data: { rule: 'advance_replacement', policy: policy.ref, lines: decisions.map(({ serial, eligible: ok, ...rest }) => ({ serial, eligible: ok, returnBy: 'returnBy' in rest ? rest.returnBy : null })) },
  });
  const returnBy = decisions.map((decision) => ('returnBy' in decision ? decision.returnBy : '')).sort().at(-1);
  if (!eligible || !returnBy) return;
  await tx.timers.schedule(claim.id, { kind: 'advance_return', dueAt: new Date(`${returnBy}T23:59:59Z`), rule: 'advance_replacement', policy: policy.ref });
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
    if (claim.advanceReplacementRequested) await scheduleAdvanceReturn(tx, claim, policy, now);
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
