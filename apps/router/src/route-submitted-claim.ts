import { Injectable } from '@nestjs/common';
import type { ClaimSubmittedV1 } from '@rma-hub/contracts';
import { dateOf, doaVerdict, formatReference, missingInformation, warrantyVerdict, type EffectivePolicy } from '@rma-hub/domain';
import type { MessageContext } from '@rma-hub/messaging';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';
import { effectivePolicy, factsOf, requestPortalRma } from '@rma-hub/workflow';
import { lockClaim, transitionOrDeadLetter } from './claim-lock';

const HUB = { role: 'hub', partyId: null } as const;

/**
 * Routes a submitted claim along its chain and applies the policy in force: the distributor that
 * serves the reseller for this manufacturer takes it on under its own reference; a claim missing
 * what the policy needs waits in needs_info; otherwise the warranty verdict is recorded and the
 * claim goes to the manufacturer's portal. Runs again when a parked claim is completed.
 */
@Injectable()
export class RouteSubmittedClaim {
  async handle(event: ClaimSubmittedV1, { tx }: MessageContext): Promise<void> {
    const claim = await lockClaim(tx, event.claimId);
    if (claim.status !== 'submitted') return;

    const distributorId = claim.distributorId ?? (await this.takeOn(tx, claim));
    if (!distributorId) {
      return transitionOrDeadLetter(tx, claim, { to: 'rejected', actor: HUB, reason: `no distributor serves ${claim.resellerId} for ${claim.manufacturerId}` });
    }
    const policy = await effectivePolicy(tx, claim.manufacturerId, distributorId);
    if (policy && !(await this.satisfiesPolicy(tx, claim, policy))) return;
    if ((await tx.network.party(distributorId))?.reviewsClaims) {
      return transitionOrDeadLetter(tx, claim, { to: 'in_review', actor: HUB, reason: `waiting for ${distributorId} to review and forward it` });
    }
    await this.forward(tx, claim, distributorId);
  }

  private async takeOn(tx: Repositories, claim: ClaimRecord): Promise<string | null> {
    const distributorId = await tx.network.distributorFor(claim.resellerId, claim.manufacturerId);
    if (!distributorId) return null;
    const reference = await this.issueReference(tx, distributorId);
    await tx.claims.setDistributor(claim.id, distributorId);
    await tx.claims.addHop(claim.id, { partyId: distributorId, role: 'distributor', position: 1, reference });
    await tx.claims.addHop(claim.id, { partyId: claim.manufacturerId, role: 'manufacturer', position: 2, reference: null });
    claim.distributorId = distributorId;
    claim.hops.push({ partyId: distributorId, role: 'distributor', position: 1, reference });
    return distributorId;
  }

  /** Parks the claim in needs_info when information is missing; records the warranty and DOA verdicts otherwise. */
  private async satisfiesPolicy(tx: Repositories, claim: ClaimRecord, policy: EffectivePolicy): Promise<boolean> {
    const facts = factsOf(claim);
    const missing = missingInformation(facts, policy);
    if (missing) {
      await transitionOrDeadLetter(tx, claim, {
        to: 'needs_info',
        actor: HUB,
        reason: missing.reason,
        data: { missing: missing.missing, rule: missing.rule, policy: missing.policy },
      });
      return false;
    }
    const today = dateOf(new Date());
    const { rule, policy: ref, status, endsOn, reason } = warrantyVerdict(facts, policy, today);
    await tx.claims.setWarranty(claim.id, { status, endsOn, reason, rule, policy: ref });
    const doa = doaVerdict(facts, policy, today);
    if (doa) {
      await tx.claims.appendEvent(claim.id, {
        type: 'policy_decision',
        from: null,
        to: null,
        actor: HUB,
        reason: doa.accepted ? `dead on arrival: ${doa.reason}` : `not handled as dead on arrival: ${doa.reason}`,
        data: { rule: doa.rule, policy: doa.policy, accepted: doa.accepted, deadline: doa.deadline },
      });
    }
    return true;
  }

  private async forward(tx: Repositories, claim: ClaimRecord, distributorId: string): Promise<void> {
    const reference = claim.hops.find((hop) => hop.partyId === distributorId)?.reference ?? null;
    const channel = await tx.network.channel(claim.manufacturerId);
    await transitionOrDeadLetter(tx, claim, {
      to: 'forwarded',
      actor: { role: 'distributor', partyId: distributorId },
      reason:
        channel?.kind === 'portal'
          ? `forwarded by ${distributorId} (${reference}) to the ${channel.adapter} portal`
          : `forwarded by ${distributorId} (${reference}); ${claim.manufacturerId} RMAs are handled by the distributor`,
      data: { distributorReference: reference },
    });
    await requestPortalRma(tx, claim);
  }

  private async issueReference(tx: Repositories, partyId: string): Promise<string> {
    const party = await tx.network.party(partyId);
    const year = new Date().getUTCFullYear();
    return formatReference(party?.referencePrefix ?? partyId.toUpperCase(), year, await tx.network.nextReferenceSequence(partyId, year));
  }
}
