import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { PORTAL_RMA_REQUESTED, type PortalRmaRequestedV1 } from '@rma-hub/contracts';
import { InboxEvent, type MessageContext } from '@rma-hub/messaging';
import { CONNECTORS_INBOX } from './connectors-inbox';

/** Queues the portal call; the PortalRequestWorker makes it outside any transaction. */
@Controller()
export class QueuePortalRequest {
  @InboxEvent(PORTAL_RMA_REQUESTED, CONNECTORS_INBOX)
  async handle(@Payload() request: PortalRmaRequestedV1, @Ctx() { tx }: MessageContext): Promise<void> {
    await tx.portalRequests.enqueue(request.claimId, request.manufacturerId, request);
  }
}
