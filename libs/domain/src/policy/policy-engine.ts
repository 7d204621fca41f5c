import type { PolicyDocument, PolicyField } from '@rma-hub/contracts';
import type { ClaimFacts, Decided, PolicyRef } from './claim-facts';
import { daysBetween, laterOf, minusDays, plusBusinessDays, plusDays, plusMonths } from './dates';

export interface EffectivePolicy {
  ref: PolicyRef;
  document: PolicyDocument;
}

const FIELD_VALUES: Record<PolicyField, (facts: ClaimFacts) => unknown[]> = {
  dealer: (f) => [f.dealer],
  'contact.phone': (f) => [f.contact.phone],
  'contact.email': (f) => [f.contact.email],
  purchaseDate: (f) => [f.purchaseDate],
  proofOfPurchase: (f) => [f.proofOfPurchase],
  failureDescription: (f) => [f.failureDescription],
  supportTicket: (f) => [f.supportTicket],
  portalAccountId: (f) => [f.portalAccountId],
  shipTo: (f) => [f.shipTo === null ? null : 'present'],
  'lines.model': (f) => f.lines.map((line) => line.model),
  'lines.serial': (f) => f.lines.map((line) => line.serial),
  'lines.macId': (f) => f.lines.map((line) => line.macId),
};

const present = (value: unknown) => value !== null && value !== undefined && String(value).trim() !== '';

/** What the claim still lacks before a number can be allocated (required fields, then the support ticket). */
export function missingInformation(facts: ClaimFacts, { ref, document }: EffectivePolicy): (Decided & { missing: PolicyField[] }) | null {
  const missing = document.requiredFields.filter((field) => !FIELD_VALUES[field](facts).every(present));
  if (missing.length > 0) {
    return { rule: 'required_fields', policy: ref, missing, reason: `missing ${missing.join(', ')}` };
  }
  if (document.supportTicket.required && !present(facts.supportTicket)) {
    return {
      rule: 'support_ticket',
      policy: ref,
      missing: ['supportTicket'],
      reason: `${ref.manufacturerId} requires a support ticket confirming the fault before an RMA`,
    };
  }
  return null;
}

export type WarrantyVerdict = Decided & { status: 'in_warranty' | 'out_of_warranty' | 'undetermined'; endsOn: string | null };

/** In or out of warranty on `today`: the warranty runs `months` from the purchase date, through the day before. */
export function warrantyVerdict(facts: ClaimFacts, { ref, document }: EffectivePolicy, today: string): WarrantyVerdict {
  const base = { rule: 'warranty' as const, policy: ref };
  if (!facts.purchaseDate) return { ...base, status: 'undetermined', endsOn: null, reason: 'no purchase date' };
  if (document.warranty.proofOfPurchaseRequired && !present(facts.proofOfPurchase)) {
    return { ...base, status: 'undetermined', endsOn: null, reason: 'proof of purchase decides the warranty and none was given' };
  }
  const endsOn = minusDays(plusMonths(facts.purchaseDate, document.warranty.months), 1);
  return today <= endsOn
    ? { ...base, status: 'in_warranty', endsOn, reason: `${document.warranty.months}-month warranty runs until ${endsOn}` }
    : { ...base, status: 'out_of_warranty', endsOn, reason: `${document.warranty.months}-month warranty ended on ${endsOn}` };
}

/** Whether a claim made as dead-on-arrival was reported within the window, counted from receipt (day 0). */
export function doaVerdict(facts: ClaimFacts, { ref, document }: EffectivePolicy, today: string): (Decided & { accepted: boolean; deadline: string | null }) | null {
  if (facts.returnReason !== 'doa') return null;
  const base = { rule: 'doa_window' as const, policy: ref };
  const receivedOn = facts.deliveredOn ?? facts.purchaseDate;
  if (!document.doa) return { ...base, accepted: false, deadline: null, reason: `${ref.manufacturerId} has no dead-on-arrival procedure` };
  if (!receivedOn) return { ...base, accepted: false, deadline: null, reason: 'no delivery or purchase date to count the DOA window from' };
  const deadline = plusDays(receivedOn, document.doa.reportWithinDays);
  const age = daysBetween(receivedOn, today);
  return age <= document.doa.reportWithinDays
    ? { ...base, accepted: true, deadline, reason: `reported ${age} day(s) after receipt, within ${document.doa.reportWithinDays}` }
    : { ...base, accepted: false, deadline, reason: `reported ${age} days after receipt; DOA must be reported within ${document.doa.reportWithinDays}` };
}

/** When an issued RMA number lapses if the goods have not arrived. */
export function rmaExpiry({ ref, document }: EffectivePolicy, issuedAt: Date): Decided & { at: Date } {
  const at = new Date(issuedAt.getTime() + document.rmaValidityDays * 86_400_000);
  return { rule: 'rma_validity', policy: ref, at, reason: `RMA numbers are valid for ${document.rmaValidityDays} days` };
}

/** Out of warranty, repair waits for the customer's approval of a quote. */
export function quoteRequired(warranty: WarrantyVerdict, { ref, document }: EffectivePolicy): (Decided & { required: true }) | null {
  if (warranty.status !== 'out_of_warranty' || !document.quote.requiredOutOfWarranty) return null;
  return { rule: 'quote_required', policy: ref, required: true, reason: `out of warranty (${warranty.reason}): a repair quote needs approval` };
}

export type ChargeOccasion = 'quote_rejected' | 'no_fault_found' | 'received_without_authorization' | 'order_error';

export interface Charge extends Decided {
  kind: 'inspection' | 'admin' | 'restocking';
  amount: number;
  currency: string;
}

/** The fee a policy charges on an occasion, if any. */
export function chargeFor(occasion: ChargeOccasion, { ref, document }: EffectivePolicy): Charge | null {
  const { inspection, admin, restocking } = document.fees;
  switch (occasion) {
    case 'quote_rejected':
    case 'no_fault_found':
      return inspection && { rule: 'inspection_fee', policy: ref, kind: 'inspection', ...inspection, reason: occasion === 'quote_rejected' ? 'repair quote refused' : 'no fault found' };
    case 'received_without_authorization':
      return admin && { rule: 'admin_fee', policy: ref, kind: 'admin', ...admin, reason: 'goods arrived without an authorized RMA number' };
    case 'order_error':
      return restocking && { rule: 'restocking_fee', policy: ref, kind: 'restocking', ...restocking, reason: 'order error: credit note less restocking' };
  }
}

/** Advance replacement for a listed category; the defective unit is due back N business days after the replacement arrives. */
export function advanceReplacement(
  category: string | null,
  { ref, document }: EffectivePolicy,
  replacementReceivedOn: string,
): Decided & ({ eligible: true; returnBy: string } | { eligible: false }) {
  const base = { rule: 'advance_replacement' as const, policy: ref };
  const terms = document.advanceReplacement;
  if (!terms || !category || !terms.categories.includes(category)) {
    return { ...base, eligible: false, reason: `advance replacement is only for ${terms?.categories.join(', ') ?? 'no'} products` };
  }
  const returnBy = plusBusinessDays(replacementReceivedOn, terms.returnWithinBusinessDays);
  return { ...base, eligible: true, returnBy, reason: `defective unit due back within ${terms.returnWithinBusinessDays} business days, by ${returnBy}` };
}

/** Warranty carried onto a repaired or replaced unit: the longer of what remained and the policy's minimum. */
export function repairedUnitWarranty(originalEndsOn: string | null, resolvedOn: string, { ref, document }: EffectivePolicy): Decided & { endsOn: string } {
  const minimum = plusDays(resolvedOn, document.repairWarrantyMinimumDays);
  const endsOn = originalEndsOn ? laterOf(originalEndsOn, minimum) : minimum;
  return {
    rule: 'repair_warranty',
    policy: ref,
    endsOn,
    reason: endsOn === minimum ? `${document.repairWarrantyMinimumDays} days from the repair` : `the remaining original warranty, until ${endsOn}`,
  };
}

/** When goods left waiting (unapproved quote, uncollected) are scrapped. */
export function scrapDue({ ref, document }: EffectivePolicy, waitingSince: Date): (Decided & { at: Date }) | null {
  if (document.scrapAfterDays === null) return null;
  const at = new Date(waitingSince.getTime() + document.scrapAfterDays * 86_400_000);
  return { rule: 'scrap', policy: ref, at, reason: `goods are scrapped ${document.scrapAfterDays} days after they were left waiting` };
}
