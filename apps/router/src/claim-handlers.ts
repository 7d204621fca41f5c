import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  CLAIM_SUBMITTED,
  PORTAL_RMA_OPENED,
  PORTAL_RMA_REFUSED,
  PORTAL_STATUS_REPORTED,
  type ClaimSubmittedV1,
  type PortalRmaOpenedV1,
  type PortalRmaRefusedV1,
  type PortalStatusReportedV1,
} from '@rma-hub/contracts';
import { ClaimService, type ClaimRequest } from '@rma-hub/claim-service';
import { ClaimError } from '@rma-hub/domain';
import { InboxEvent, PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import type { Repositories } from '@rma-hub/persistence';
import { ROUTER_INBOX } from './router-inbox';

/**
 * The router's consumers: each message becomes one command to the claim's owner. A command the
 * claim refuses can never succeed on redelivery, so it is dead-lettered with the reason.
 */
@Controller()
export class ClaimHandlers {
  constructor(private readonly claims: ClaimService) {}

  /** A submitted (or completed) claim is routed along its chain under the policy in force. */
  @InboxEvent(CLAIM_SUBMITTED, ROUTER_INBOX)
  routeSubmitted(@Payload() event: ClaimSubmittedV1, @Ctx() { tx }: MessageContext): Promise<void> {
    return this.send(tx, event.claimId, { kind: 'route' });
  }

  /** The portal issued RMA numbers: they go on the lines and the hop, and the claim is authorized. */
  @InboxEvent(PORTAL_RMA_OPENED, ROUTER_INBOX)
  recordOpenedRma(@Payload() event: PortalRmaOpenedV1, @Ctx() { tx }: MessageContext): Promise<void> {
    return this.send(tx, event.claimId, { kind: 'portal-opened', lines: event.lines }, new Date(event.openedAt));
  }

  /** The portal refused the RMA as the claim stands: the claim waits in needs_info for what it lacks. */
  @InboxEvent(PORTAL_RMA_REFUSED, ROUTER_INBOX)
  recordRefusedRma(@Payload() event: PortalRmaRefusedV1, @Ctx() { tx }: MessageContext): Promise<void> {
    return this.send(tx, event.claimId, { kind: 'portal-refused', reason: event.reason, missing: event.missing });
  }

  /** A portal reported progress on one of its RMAs. */
  @InboxEvent(PORTAL_STATUS_REPORTED, ROUTER_INBOX)
  async applyPortalStatus(@Payload() event: PortalStatusReportedV1, @Ctx() { tx }: MessageContext): Promise<void> {
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
