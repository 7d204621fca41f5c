import type { ClaimEventRecord, ClaimRecord } from '@rma-hub/persistence';

/** The claim as the API shows it to any party on its chain. */
export function claimView(claim: ClaimRecord) {
  const referenceOf = (role: string) => claim.hops.find((hop) => hop.role === role)?.reference ?? null;
  return {
    id: claim.id,
    status: claim.status,
    manufacturer: claim.manufacturerId,
    returnReason: claim.returnReason,
    failureDescription: claim.failureDescription,
    purchaseDate: claim.purchaseDate,
    proofOfPurchase: claim.proofOfPurchase,
    dealer: claim.dealer,
    supportTicket: claim.supportTicket,
    contact: claim.contact,
    references: {
      reseller: referenceOf('reseller'),
      distributor: referenceOf('distributor'),
      manufacturer: referenceOf('manufacturer'),
    },
    hops: claim.hops.map((hop) => ({ role: hop.role, party: hop.partyId, reference: hop.reference })),
    lines: claim.lines.map((line) => ({
      lineNo: line.lineNo,
      serial: line.serial,
      model: line.model,
      macId: line.macId,
      status: line.status,
      rmaNumber: line.upstreamRma,
    })),
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}

export function eventView(event: ClaimEventRecord) {
  return {
    seq: event.seq,
    type: event.type,
    from: event.from,
    to: event.to,
    actor: event.actor,
    reason: event.reason,
    data: event.data,
    occurredAt: event.occurredAt.toISOString(),
  };
}
