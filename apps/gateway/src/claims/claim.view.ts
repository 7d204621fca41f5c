import { Resolution, ReturnReason, type ClaimEventView, type ClaimView } from '@rma-hub/contracts';
import type { ClaimActionName } from '@rma-hub/domain';
import type { ClaimEventRecord, ClaimRecord, PortalRequestState } from '@rma-hub/persistence';

const NullableResolution = Resolution.nullable();

/** A line's or claim's resolution: the store keeps it as text, the contract promises the vocabulary, so a stray value fails here. */
export const resolutionOf = (stored: string | null) => NullableResolution.parse(stored);

/**
 * The claim as the API shows it to any party on its chain, with the actions the caller may take
 * now; with `upstream`, the state of the call to the manufacturer's portal.
 */
export function claimView(claim: ClaimRecord, allowedActions: ClaimActionName[], upstream?: PortalRequestState | null): ClaimView {
  const referenceOf = (role: string) => claim.hops.find((hop) => hop.role === role)?.reference ?? null;
  return {
    id: claim.id,
    status: claim.status,
    manufacturer: claim.manufacturerId,
    returnReason: ReturnReason.parse(claim.returnReason),
    failureDescription: claim.failureDescription,
    purchaseDate: claim.purchaseDate,
    proofOfPurchase: claim.proofOfPurchase,
    dealer: claim.dealer,
    supportTicket: claim.supportTicket,
    deliveredOn: claim.deliveredOn,
    portalAccountId: claim.portalAccountId,
    shipTo: claim.shipTo,
    contact: claim.contact,
    attachments: claim.attachments,
    warranty: claim.warranty,
    shipment: claim.shipment,
    quote: claim.quote,
    returnShipment: claim.returnShipment,
    resolution: resolutionOf(claim.resolution),
    advanceReplacementRequested: claim.advanceReplacementRequested,
    charges: claim.charges.map((charge) => ({
      kind: charge.kind,
      amount: charge.amount,
      currency: charge.currency,
      reason: charge.reason,
      rule: charge.rule,
      policy: charge.policy,
      chargedAt: charge.createdAt.toISOString(),
    })),
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
      category: line.category,
      status: line.status,
      rmaNumber: line.upstreamRma,
      outcome: resolutionOf(line.outcome),
      replacementSerial: line.replacementSerial,
      warrantyEndsOn: line.warrantyEndsOn,
    })),
    allowedActions,
    ...(upstream === undefined
      ? {}
      : {
          upstream: upstream && {
            state: upstream.state,
            attempts: upstream.attempts,
            lastError: upstream.lastError,
            nextAttemptAt: upstream.state === 'pending' ? upstream.nextAttemptAt.toISOString() : null,
          },
        }),
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}

export function eventView(event: ClaimEventRecord): ClaimEventView {
  return {
    seq: event.seq,
    type: event.type,
    from: event.from,
    to: event.to,
    actor: event.actor,
    reason: event.reason,
    data: event.data ?? {},
    occurredAt: event.occurredAt.toISOString(),
  };
}
