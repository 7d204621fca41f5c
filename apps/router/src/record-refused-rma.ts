import { Injectable } from '@nestjs/common';
import type { PortalRmaRefusedV1 } from '@rma-hub/contracts';
import type { MessageContext } from '@rma-hub/messaging';
import { lockClaim, transitionOrDeadLetter } from './claim-lock';

/** The portal refused the RMA as the claim stands: the claim waits in needs_info for what it lacks. */
@Injectable()
export class RecordRefusedRma {
  async handle(event: PortalRmaRefusedV1, { tx }: MessageContext): Promise<void> {
    const claim = await lockClaim(tx, event.claimId);
    if (claim.status !== 'forwarded') return;
    await transitionOrDeadLetter(tx, claim, {
      to: 'needs_info',
      actor: { role: 'manufacturer', partyId: event.manufacturerId },
      reason: event.reason,
      data: { missing: event.missing },
    });
  }
}
