import { PermanentMessageError } from '@rma-hub/messaging';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';
import { TransitionRefused, transitionClaim, type ClaimChange } from '@rma-hub/workflow';

export async function lockClaim(tx: Repositories, claimId: string): Promise<ClaimRecord> {
  const claim = await tx.claims.lock(claimId);
  if (!claim) throw new PermanentMessageError(`claim ${claimId} does not exist`);
  return claim;
}

/** A transition the lifecycle refuses while handling a message can never succeed on redelivery: dead-letter it. */
export async function transitionOrDeadLetter(tx: Repositories, claim: ClaimRecord, change: ClaimChange): Promise<void> {
  try {
    await transitionClaim(tx, claim, change);
  } catch (error) {
    if (error instanceof TransitionRefused) throw new PermanentMessageError(`claim ${claim.id}: ${error.message}`);
    throw error;
  }
}
