import { CLAIM_STATUS_CHANGED, type Actor, type ClaimStatus } from '@rma-hub/contracts';
import { decideTransition } from '@rma-hub/domain';
import { PermanentMessageError } from '@rma-hub/messaging';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';

/**
 * Moves a locked claim to `to` if the lifecycle allows `actor` to, recording the timeline event and
 * announcing the change, all in the caller's transaction.
 */
export async function transitionClaim(
  tx: Repositories,
  claim: ClaimRecord,
  change: { to: ClaimStatus; actor: Actor; reason: string; data?: Record<string, unknown> },
): Promise<void> {
  const verdict = decideTransition(claim.status, change.to, change.actor.role);
  if (!verdict.allowed) {
    throw new PermanentMessageError(
      `claim ${claim.id}: ${change.actor.role} cannot move ${claim.status} → ${change.to} (allowed next: ${verdict.allowedNext.join(', ') || 'none'})`,
    );
  }
  await tx.claims.setStatus(claim.id, change.to);
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
  claim.status = change.to;
}

export async function lockClaim(tx: Repositories, claimId: string): Promise<ClaimRecord> {
  const claim = await tx.claims.lock(claimId);
  if (!claim) throw new PermanentMessageError(`claim ${claimId} does not exist`);
  return claim;
}
