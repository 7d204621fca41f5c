import { Injectable } from '@nestjs/common';
import type { PortalStatusReportedV1 } from '@rma-hub/contracts';
import { chargeFor, decideTransition, isBehind, quoteRequired } from '@rma-hub/domain';
import { PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';
import { effectivePolicy } from '@rma-hub/workflow';
import { lockClaim, transitionOrDeadLetter } from './claim-lock';

/**
 * A manufacturer reported progress on one RMA. The line takes the new status; the claim follows
 * once every line has reached it. Late or out-of-order reports never move anything backwards.
 * On receipt the policy decides what happens next: a quote out of warranty, a restocking fee
 * for order errors.
 */
@Injectable()
export class ApplyPortalStatus {
  async handle(event: PortalStatusReportedV1, { tx }: MessageContext): Promise<void> {
    const found = await tx.claims.findLineByUpstreamRma(event.manufacturerId, event.rmaNumber);
    if (!found) throw new PermanentMessageError(`${event.manufacturerId} reported unknown RMA ${event.rmaNumber}`);
    const claim = await lockClaim(tx, found.claimId);
    const line = claim.lines.find((candidate) => candidate.id === found.lineId);
    if (!line || isBehind(event.status, line.status)) return;

    await tx.claims.updateLine(line.id, { status: event.status });
    line.status = event.status;
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
