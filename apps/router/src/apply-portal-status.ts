import { Injectable } from '@nestjs/common';
import type { PortalStatusReportedV1 } from '@rma-hub/contracts';
import { decideTransition, isBehind } from '@rma-hub/domain';
import { PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import { lockClaim, transitionClaim } from './claim-transitions';

/**
 * A manufacturer reported progress on one RMA. The line takes the new status; the claim follows
 * once every line has reached it. Late or out-of-order reports never move anything backwards.
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
    await transitionClaim(tx, claim, {
      to: event.status,
      actor: { role: 'manufacturer', partyId: event.manufacturerId },
      reason: `${event.manufacturerId} reported ${event.portalStatus} for RMA ${event.rmaNumber} (${event.source})`,
      data: { rmaNumber: event.rmaNumber, portalStatus: event.portalStatus },
    });
  }
}
