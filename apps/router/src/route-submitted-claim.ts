import { Injectable } from '@nestjs/common';
import { PORTAL_RMA_REQUESTED, type ClaimSubmittedV1 } from '@rma-hub/contracts';
import { formatReference } from '@rma-hub/domain';
import type { MessageContext } from '@rma-hub/messaging';
import type { Repositories } from '@rma-hub/persistence';
import { lockClaim, transitionClaim } from './claim-transitions';

/**
 * Routes a new claim along its chain: the distributor that serves the reseller for this
 * manufacturer takes it on under its own reference, and forwards it to the manufacturer's portal.
 */
@Injectable()
export class RouteSubmittedClaim {
  async handle(event: ClaimSubmittedV1, { tx }: MessageContext): Promise<void> {
    const claim = await lockClaim(tx, event.claimId);
    if (claim.status !== 'submitted') return;

    const distributorId = await tx.network.distributorFor(claim.resellerId, claim.manufacturerId);
    if (!distributorId) {
      return transitionClaim(tx, claim, {
        to: 'rejected',
        actor: { role: 'hub', partyId: null },
        reason: `no distributor serves ${claim.resellerId} for ${claim.manufacturerId}`,
      });
    }
    const reference = await this.issueReference(tx, distributorId);
    await tx.claims.setDistributor(claim.id, distributorId);
    await tx.claims.addHop(claim.id, { partyId: distributorId, role: 'distributor', position: 1, reference });
    await tx.claims.addHop(claim.id, { partyId: claim.manufacturerId, role: 'manufacturer', position: 2, reference: null });

    const channel = await tx.network.channel(claim.manufacturerId);
    await transitionClaim(tx, claim, {
      to: 'forwarded',
      actor: { role: 'distributor', partyId: distributorId },
      reason:
        channel?.kind === 'portal'
          ? `forwarded by ${distributorId} (${reference}) to the ${channel.adapter} portal`
          : `forwarded by ${distributorId} (${reference}); ${claim.manufacturerId} RMAs are handled by the distributor`,
      data: { distributorReference: reference },
    });
    if (channel?.kind !== 'portal') return;

    await tx.outbox.publish(PORTAL_RMA_REQUESTED, claim.id, {
      claimId: claim.id,
      manufacturerId: claim.manufacturerId,
      returnReason: claim.returnReason,
      failureDescription: claim.failureDescription,
      purchaseDate: claim.purchaseDate,
      supportTicket: claim.supportTicket,
      contact: claim.contact,
      lines: claim.lines.map((line) => ({ lineId: line.id, serial: line.serial, model: line.model, macId: line.macId })),
    });
  }

  private async issueReference(tx: Repositories, partyId: string): Promise<string> {
    const party = await tx.network.party(partyId);
    const year = new Date().getUTCFullYear();
    return formatReference(party?.referencePrefix ?? partyId.toUpperCase(), year, await tx.network.nextReferenceSequence(partyId, year));
  }
}
