import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CLAIM_STATUS_CHANGED, type ClaimStatusChangedV1 } from '@rma-hub/contracts';
import { InboxEvent, type MessageContext } from '@rma-hub/messaging';
import { NOTIFIER_INBOX } from './notifier-inbox';

/**
 * A claim changed status: every subscription of every party on the claim's chain is owed one
 * delivery, recorded with the consumer's inbox entry so a redelivered event owes nothing more.
 */
@Controller()
export class OweStatusChange {
  @InboxEvent(CLAIM_STATUS_CHANGED, NOTIFIER_INBOX)
  async handle(@Payload() event: ClaimStatusChangedV1, @Ctx() { tx, messageId }: MessageContext): Promise<void> {
    await tx.subscriptions.oweToChain(event.claimId, messageId, {
      type: 'claim.status_changed',
      timestamp: event.occurredAt,
      data: { claimId: event.claimId, reference: null, from: event.from, to: event.to, actor: event.actor, reason: event.reason },
    });
  }
}
