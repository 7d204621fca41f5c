import { ReturnReason } from '@rma-hub/contracts';
import type { ClaimFacts } from '../policy';
import type { ClaimState } from './claim-state';

/** The claim as the policy engine reads it. */
export function factsOf(claim: ClaimState): ClaimFacts {
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
