import { z } from 'zod';
import { Actor, ClaimStatus } from '../vocabulary';

export const CLAIM_STATUS_CHANGED = 'rma.claim.status-changed.v1';

export const ClaimStatusChangedV1 = z.object({
  claimId: z.uuid(),
  from: ClaimStatus,
  to: ClaimStatus,
  actor: Actor,
  reason: z.string(),
  occurredAt: z.iso.datetime(),
});
export type ClaimStatusChangedV1 = z.infer<typeof ClaimStatusChangedV1>;
