import { PORTAL_RMA_REQUESTED } from '@rma-hub/contracts';
import type { ClaimRecord, Repositories } from '@rma-hub/persistence';

/** Asks the manufacturer's connector to open the RMA, when the manufacturer is reached through a portal. */
export async function requestPortalRma(tx: Repositories, claim: ClaimRecord): Promise<void> {
  const channel = await tx.network.channel(claim.manufacturerId);
  if (channel?.kind !== 'portal') return;
  await tx.outbox.publish(PORTAL_RMA_REQUESTED, claim.id, {
    claimId: claim.id,
    manufacturerId: claim.manufacturerId,
    returnReason: claim.returnReason,
    failureDescription: claim.failureDescription,
    purchaseDate: claim.purchaseDate,
    supportTicket: claim.supportTicket,
    portalAccountId: claim.portalAccountId,
    shipTo: claim.shipTo,
    contact: claim.contact,
    lines: claim.lines.map((line) => ({ lineId: line.id, serial: line.serial, model: line.model, macId: line.macId })),
  });
}
