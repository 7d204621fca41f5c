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
    const claim = await tx.claims.get(event.claimId);
    if (!claim) return;
    const subscriptions = await tx.subscriptions.ofParties(claim.hops.map((hop) => hop.partyId));
    for (const subscription of subscriptions) {
      const reference = claim.hops.find((hop) => hop.partyId === subscription.partyId)?.reference ?? null;
      await tx.subscriptions.enqueue(subscription.id, claim.id, messageId, {
        type: 'claim.status_changed',
        timestamp: event.occurredAt,
        data: { claimId: claim.id, reference, from: event.from, to: event.to, actor: event.actor, reason: event.reason },
      });
    }
  }
}
