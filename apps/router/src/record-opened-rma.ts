import { Injectable } from '@nestjs/common';
import type { PortalRmaOpenedV1 } from '@rma-hub/contracts';
import { PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import { businessMinutesBetween } from '@rma-hub/domain';
import { effectivePolicy } from '@rma-hub/workflow';
import { lockClaim, transitionOrDeadLetter } from './claim-lock';

/** The manufacturer's portal issued RMA numbers: record them per line and authorize the claim. */
@Injectable()
export class RecordOpenedRma {
  async handle(event: PortalRmaOpenedV1, { tx }: MessageContext): Promise<void> {
    const claim = await lockClaim(tx, event.claimId);
    const numbers = [...new Set(event.lines.map((line) => line.rmaNumber))];
    const reference = numbers.join(', ');
    const holder = (await tx.claims.idsByReference(claim.manufacturerId, [reference])).get(reference);
    if (holder && holder !== claim.id) {
      // Retrying cannot help: the portal gave another claim's number; an operator has to look.
      throw new PermanentMessageError(`${claim.manufacturerId} reported RMA ${reference} for claim ${claim.id}, but claim ${holder} already carries it`);
    }
    for (const opened of event.lines) {
      await tx.claims.updateLine(opened.lineId, { upstreamRma: opened.rmaNumber, status: 'authorized' });
    }
    await tx.claims.setHopReference(claim.id, claim.manufacturerId, reference);
    if (claim.status !== 'forwarded') return;
    const policy = await effectivePolicy(tx, claim.manufacturerId, claim.distributorId);
    // The SLA figure: the manufacturer's working minutes from submission to its RMA number (002 §4).
    const slaBusinessMinutes = policy ? Math.round(businessMinutesBetween(claim.createdAt, new Date(event.openedAt), policy.document.businessHours)) : null;
    await transitionOrDeadLetter(tx, claim, {
      to: 'authorized',
      actor: { role: 'manufacturer', partyId: claim.manufacturerId },
      reason: `${claim.manufacturerId} issued RMA ${reference}`,
      data: { rmaNumbers: numbers, slaBusinessMinutes },
    });
  }
}
