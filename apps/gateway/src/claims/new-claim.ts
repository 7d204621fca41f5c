import { randomUUID } from 'node:crypto';
import type { SubmitClaimRequest } from '@rma-hub/contracts';
import type { NewClaim } from '@rma-hub/persistence';

/** A validated submission as the claim to store, for a single POST and for each line of a bulk import. */
export function newClaim(input: SubmitClaimRequest, resellerId: string): NewClaim {
  return {
    id: randomUUID(),
    resellerId,
    resellerReference: input.reference ?? null,
    manufacturerId: input.manufacturer,
    returnReason: input.returnReason,
    failureDescription: input.failureDescription,
    purchaseDate: input.purchaseDate ?? null,
    proofOfPurchase: input.proofOfPurchase ?? null,
    dealer: input.dealer ?? null,
    supportTicket: input.supportTicket ?? null,
    deliveredOn: input.deliveredOn ?? null,
    portalAccountId: input.portalAccountId ?? null,
    shipTo: input.shipTo ?? null,
    advanceReplacementRequested: input.advanceReplacement,
    contact: input.contact,
    attachments: input.attachments,
    lines: input.lines.map((line) => ({ serial: line.serial, model: line.model, macId: line.macId ?? null, category: line.category ?? null })),
  };
}
