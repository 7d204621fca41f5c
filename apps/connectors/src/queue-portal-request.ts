import { Injectable } from '@nestjs/common';
import type { PortalRmaRequestedV1 } from '@rma-hub/contracts';
import type { MessageContext } from '@rma-hub/messaging';

/** Queues the portal call; the PortalRequestWorker makes it outside any transaction. */
@Injectable()
export class QueuePortalRequest {
  async handle(request: PortalRmaRequestedV1, { tx }: MessageContext): Promise<void> {
    await tx.portalRequests.enqueue(request.claimId, request.manufacturerId, request);
  }
}
