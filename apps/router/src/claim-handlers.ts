import { Injectable } from '@nestjs/common';
import type { ClaimSubmittedV1, PortalRmaOpenedV1, PortalRmaRefusedV1, PortalStatusReportedV1 } from '@rma-hub/contracts';
import { ClaimService, type ClaimRequest } from '@rma-hub/claim-service';
import { ClaimError } from '@rma-hub/domain';
import { PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import type { Repositories } from '@rma-hub/persistence';

/**
 * The router's consumers: each message becomes one command to the claim's owner. A command the
 * claim refuses can never succeed on redelivery, so it is dead-lettered with the reason.
 */
@Injectable()
export class ClaimHandlers {
  constructor(private readonly claims: ClaimService) {}

  /** A submitted (or completed) claim is routed along its chain under the policy in force. */
  routeSubmitted(event: ClaimSubmittedV1, { tx }: MessageContext): Promise<void> {
    return this.send(tx, event.claimId, { kind: 'route' });
  }

  /** The portal issued RMA numbers: they go on the lines and the hop, and the claim is authorized. */
  recordOpenedRma(event: PortalRmaOpenedV1, { tx }: MessageContext): Promise<void> {
    return this.send(tx, event.claimId, { kind: 'portal-opened', lines: event.lines }, new Date(event.openedAt));
  }

  /** The portal refused the RMA as the claim stands: the claim waits in needs_info for what it lacks. */
  recordRefusedRma(event: PortalRmaRefusedV1, { tx }: MessageContext): Promise<void> {
    return this.send(tx, event.claimId, { kind: 'portal-refused', reason: event.reason, missing: event.missing });
  }

  /** A portal reported progress on one of its RMAs. */
  async applyPortalStatus(event: PortalStatusReportedV1, { tx }: MessageContext): Promise<void> {
    const covered = await tx.claims.findByUpstreamRma(event.manufacturerId, event.rmaNumber);
    if (!covered) throw new PermanentMessageError(`${event.manufacturerId} reported unknown RMA ${event.rmaNumber}`);
    await this.send(tx, covered.claimId, {
      kind: 'portal-reported',
      rmaNumber: event.rmaNumber,
      lineIds: covered.lineIds,
      status: event.status,
      portalStatus: event.portalStatus,
      resolution: event.resolution,
      replacementSerial: event.replacementSerial,
      source: event.source,
    });
  }

  private async send(tx: Repositories, claimId: string, request: ClaimRequest, now?: Date): Promise<void> {
    try {
      await this.claims.execute(tx, claimId, request, now);
    } catch (error) {
      if (error instanceof ClaimError) throw new PermanentMessageError(`claim ${claimId}: ${error.message}`);
      throw error;
    }
  }
}
