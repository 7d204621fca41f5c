import { ReturnReason } from '@rma-hub/contracts';
import type { ClaimFacts } from '@rma-hub/domain';
import type { ClaimRecord } from '@rma-hub/persistence';

export function factsOf(claim: ClaimRecord): ClaimFacts {
  return {
    returnReason: ReturnReason.parse(claim.returnReason),
    purchaseDate: claim.purchaseDate,
    deliveredOn: claim.deliveredOn,
    proofOfPurchase: claim.proofOfPurchase,
    dealer: claim.dealer,
    supportTicket: claim.supportTicket,
    portalAccountId: claim.portalAccountId,
    shipTo: claim.shipTo,
    failureDescription: claim.failureDescription,
    contact: claim.contact,
    lines: claim.lines.map((line) => ({ serial: line.serial, model: line.model, macId: line.macId, category: line.category })),
  };
}
