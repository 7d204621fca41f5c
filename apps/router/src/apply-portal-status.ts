import { Injectable } from '@nestjs/common';
import type { PortalStatusReportedV1, Resolution } from '@rma-hub/contracts';
import { chargeFor, dateOf, decideTransition, isBehind, quoteRequired, repairedUnitWarranty } from '@rma-hub/domain';
import { PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';
import { effectivePolicy } from '@rma-hub/workflow';
import { lockClaim, transitionOrDeadLetter } from './claim-lock';

/**
 * A manufacturer reported progress on one RMA. The lines it covers take the new status; the claim
 * follows once every line has reached it. Late or out-of-order reports never move anything backwards.
 * On receipt the policy decides what happens next: a quote out of warranty, a restocking fee
 * for order errors.
 */
@Injectable()
export class ApplyPortalStatus {
  async handle(event: PortalStatusReportedV1, { tx }: MessageContext): Promise<void> {
    const found = await tx.claims.findByUpstreamRma(event.manufacturerId, event.rmaNumber);
    if (!found) throw new PermanentMessageError(`${event.manufacturerId} reported unknown RMA ${event.rmaNumber}`);
    const claim = await lockClaim(tx, found.claimId);
    const lines = claim.lines.filter((line) => found.lineIds.includes(line.id) && !isBehind(event.status, line.status));
    if (lines.length === 0) return;

    for (const line of lines) {
      await tx.claims.updateLine(line.id, {
        status: event.status,
        ...(event.resolution ? { outcome: event.resolution } : {}),
        ...(event.replacementSerial ? { replacementSerial: event.replacementSerial } : {}),
      });
      line.status = event.status;
    }
    const everyLineThere = claim.lines.every((other) => other.status === event.status);
    if (!everyLineThere || isBehind(event.status, claim.status)) return;
    if (!decideTransition(claim.status, event.status, 'manufacturer').allowed) {
      throw new PermanentMessageError(`${event.manufacturerId} reported ${event.portalStatus} for ${event.rmaNumber}, not a next step from ${claim.status}`);
    }
    await transitionOrDeadLetter(tx, claim, {
      to: event.status,
      actor: { role: 'manufacturer', partyId: event.manufacturerId },
      reason: `${event.manufacturerId} reported ${event.portalStatus} for RMA ${event.rmaNumber} (${event.source})`,
      data: { rmaNumber: event.rmaNumber, portalStatus: event.portalStatus },
    });
    if (claim.status === 'received') await this.decideOnReceipt(tx, claim);
    if (claim.status === 'resolved') await this.recordResolution(tx, claim, event.resolution);
  }

  /** The resolution, and the warranty a repaired or replaced unit carries (the longer of what remained and the minimum). */
  private async recordResolution(tx: Repositories, claim: ClaimRecord, resolution: Resolution | undefined): Promise<void> {
    if (resolution) await tx.claims.setResolution(claim.id, resolution);
    const policy = await effectivePolicy(tx, claim.manufacturerId, claim.distributorId);
    if (!policy || (resolution && !['repaired', 'replaced', 'refurbished_replacement'].includes(resolution))) return;
    const carried = repairedUnitWarranty(claim.warranty?.status === 'in_warranty' ? claim.warranty.endsOn : null, dateOf(new Date()), policy);
    await tx.claims.appendEvent(claim.id, {
      type: 'policy_decision',
      from: null,
      to: null,
      actor: { role: 'hub', partyId: null },
      reason: `the ${resolution === 'repaired' ? 'repaired' : 'replacement'} unit is under warranty until ${carried.endsOn}: ${carried.reason}`,
      data: { rule: carried.rule, policy: carried.policy, warrantyEndsOn: carried.endsOn },
    });
  }

  private async decideOnReceipt(tx: Repositories, claim: ClaimRecord): Promise<void> {
    const policy = await effectivePolicy(tx, claim.manufacturerId, claim.distributorId);
    if (!policy) return;
    if (claim.returnReason === 'order_error') {
      const charge = chargeFor('order_error', policy);
      if (charge) await tx.claims.addCharge(claim.id, charge);
    }
    const quote = claim.warranty?.status === 'out_of_warranty' ? quoteRequired({ ...claim.warranty, rule: 'warranty' }, policy) : null;
    if (!quote) return;
    await transitionOrDeadLetter(tx, claim, {
      to: 'quote_pending',
      actor: { role: 'hub', partyId: null },
      reason: quote.reason,
      data: { rule: quote.rule, policy: quote.policy },
    });
  }
}
