import { PolicyDocument } from '@rma-hub/contracts';
import { mergePolicy, type EffectivePolicy, type PolicyOverride } from '@rma-hub/domain';
import { policyRef, type Repositories } from '@rma-hub/persistence';

/** The manufacturer's latest policy with the distributor's latest override laid over it; null when none is configured. */
export async function effectivePolicy(tx: Repositories, manufacturerId: string, distributorId: string | null): Promise<EffectivePolicy | null> {
  const base = await tx.policies.latest(manufacturerId, null);
  if (!base) return null;
  const override = distributorId ? await tx.policies.latest(manufacturerId, distributorId) : null;
  return {
    ref: policyRef(manufacturerId, base, distributorId, override),
    document: mergePolicy(PolicyDocument.parse(base.document), override?.document as PolicyOverride | undefined),
  };
}
