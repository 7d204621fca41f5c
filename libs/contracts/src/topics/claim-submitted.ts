import { z } from 'zod';

export const CLAIM_SUBMITTED = 'rma.claim.submitted.v1';

export const ClaimSubmittedV1 = z.object({
  claimId: z.uuid(),
  resellerId: z.string(),
  manufacturerId: z.string(),
  submittedAt: z.iso.datetime(),
});
export type ClaimSubmittedV1 = z.infer<typeof ClaimSubmittedV1>;
