import { PolicyDocument } from '@rma-hub/contracts';
import { ClaimError, mergePolicy, type EffectivePolicy, type PolicyOverride } from '@rma-hub/domain';
import { policyRef, type Repositories } from '@rma-hub/persistence';

/** The manufacturer's latest policy with the distributor's latest override laid over it. */
export async function effectivePolicy(tx: Repositories, manufacturerId: string, distributorId: string | null): Promise<EffectivePolicy> {
  const base = await tx.policies.latest(manufacturerId, null);
  if (!base) throw new ClaimError({ code: 'CLAIM.NO_POLICY', detail: `${manufacturerId} has no policy configured` });
  const override = distributorId ? await tx.policies.latest(manufacturerId, distributorId) : null;
  return {
    ref: policyRef(manufacturerId, base, distributorId, override),
    document: mergePolicy(PolicyDocument.parse(base.document), override?.document as PolicyOverride | undefined),
  };
}
