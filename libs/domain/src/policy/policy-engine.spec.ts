import { PolicyDocument, type PolicyDocumentInput } from '@rma-hub/contracts';
import type { ClaimFacts } from './claim-facts';
import {
  advanceReplacement,
  chargeFor,
  doaVerdict,
  missingInformation,
  quoteRequired,
  repairedUnitWarranty,
  rmaExpiry,
  scrapDue,
  warrantyVerdict,
  type EffectivePolicy,
} from './policy-engine';

const ref = { manufacturerId: 'acme', version: 3, distributorId: null, overrideVersion: null };
const policy = (input: Partial<PolicyDocumentInput> = {}): EffectivePolicy => ({
  ref,
  document: PolicyDocument.parse({ warranty: { months: 24 }, ...input }),
});
const facts = (overrides: Partial<ClaimFacts> = {}): ClaimFacts => ({
  returnReason: 'defective',
  purchaseDate: '2024-03-14',
  deliveredOn: null,
  proofOfPurchase: 'INV-1',
  dealer: 'Shop',
  supportTicket: null,
  portalAccountId: null,
  shipTo: null,
  failureDescription: 'dead',
  contact: { email: 'a@b.c', phone: '1' },
  lines: [{ serial: 'S1', model: 'M1', macId: null, category: 'monitor' }],
  ...overrides,
});

describe('required fields (002 §3)', () => {
  const strict = policy({ requiredFields: ['dealer', 'contact.phone', 'purchaseDate', 'proofOfPurchase', 'lines.macId'] });

  it('lists every missing field, in policy order, and names the rule and policy version', () => {
    const decision = missingInformation(facts({ dealer: null, purchaseDate: null, contact: { email: 'a@b.c', phone: ' ' } }), strict);
    expect(decision).toMatchObject({ rule: 'required_fields', policy: ref, missing: ['dealer', 'contact.phone', 'purchaseDate', 'lines.macId'] });
  });

  it('requires a per-line field on every line', () => {
    const lines = [
      { serial: 'S1', model: 'M', macId: 'AA', category: null },
      { serial: 'S2', model: 'M', macId: null, category: null },
    ];
    expect(missingInformation(facts({ lines }), strict)?.missing).toEqual(['lines.macId']);
    expect(missingInformation(facts({ lines: [lines[0]!] }), strict)).toBeNull();
  });

  it('asks for nothing when the policy requires nothing', () => {
    expect(missingInformation(facts({ dealer: null, purchaseDate: null }), policy())).toBeNull();
  });
});

describe('support ticket before the RMA (003 Grandstream, 000)', () => {
  it('parks a claim without a ticket, and lets one with a ticket through', () => {
    const p = policy({ supportTicket: { required: true } });
    expect(missingInformation(facts(), p)).toMatchObject({ rule: 'support_ticket', missing: ['supportTicket'] });
    expect(missingInformation(facts({ supportTicket: 'T-1' }), p)).toBeNull();
  });
});

describe('warranty from the purchase date (004: 24 months; 000: proof decides)', () => {
  it('is in warranty on its last day and out the day after', () => {
    expect(warrantyVerdict(facts(), policy(), '2026-03-13')).toMatchObject({ status: 'in_warranty', endsOn: '2026-03-13' });
    expect(warrantyVerdict(facts(), policy(), '2026-03-14')).toMatchObject({ status: 'out_of_warranty', endsOn: '2026-03-13', reason: expect.stringContaining('ended on 2026-03-13') });
  });

  it('handles a purchase at a month end', () => {
    expect(warrantyVerdict(facts({ purchaseDate: '2024-01-31' }), policy({ warranty: { months: 1 } }), '2024-02-28').endsOn).toBe('2024-02-28');
  });

  it('cannot decide without a purchase date, or without proof when proof decides', () => {
    expect(warrantyVerdict(facts({ purchaseDate: null }), policy(), '2025-01-01').status).toBe('undetermined');
    expect(warrantyVerdict(facts({ proofOfPurchase: null }), policy(), '2025-01-01')).toMatchObject({ status: 'undetermined', reason: expect.stringContaining('proof of purchase') });
    expect(warrantyVerdict(facts({ proofOfPurchase: null }), policy({ warranty: { months: 24, proofOfPurchaseRequired: false } }), '2025-01-01').status).toBe('in_warranty');
  });
});

describe('dead on arrival within N days of receipt (002 §6.3: 14)', () => {
  const doa = policy({ doa: { reportWithinDays: 14 } });
  const claim = facts({ returnReason: 'doa', deliveredOn: '2026-06-01' });

  it('accepts day 14 and refuses day 15', () => {
    expect(doaVerdict(claim, doa, '2026-06-15')).toMatchObject({ accepted: true, deadline: '2026-06-15' });
    expect(doaVerdict(claim, doa, '2026-06-16')).toMatchObject({ accepted: false, reason: expect.stringContaining('15 days') });
  });

  it('counts from the purchase date when the delivery date is unknown, and only for DOA claims', () => {
    expect(doaVerdict(facts({ returnReason: 'doa' }), doa, '2024-03-28')?.accepted).toBe(true);
    expect(doaVerdict(facts(), doa, '2024-03-28')).toBeNull();
    expect(doaVerdict(claim, policy(), '2026-06-02')).toMatchObject({ accepted: false, reason: expect.stringContaining('no dead-on-arrival') });
  });
});

describe('RMA number validity (002 §10, 004: 30 days)', () => {
  it('expires exactly N days after issue', () => {
    const issued = new Date('2026-01-10T10:00:00Z');
    expect(rmaExpiry(policy(), issued).at.toISOString()).toBe('2026-02-09T10:00:00.000Z');
    expect(rmaExpiry(policy({ rmaValidityDays: 10 }), issued)).toMatchObject({ rule: 'rma_validity', policy: ref });
  });
});

describe('quote before out-of-warranty repair (002 §11)', () => {
  it('requires a quote only out of warranty and only when the policy says so', () => {
    const out = warrantyVerdict(facts(), policy(), '2027-01-01');
    const inside = warrantyVerdict(facts(), policy(), '2025-01-01');
    expect(quoteRequired(out, policy())).toMatchObject({ rule: 'quote_required', required: true });
    expect(quoteRequired(inside, policy())).toBeNull();
    expect(quoteRequired(out, policy({ quote: { requiredOutOfWarranty: false } }))).toBeNull();
  });
});

describe('fees as charges (002 §3, §9.3, §11; 003)', () => {
  const eur = (amount: number) => ({ amount, currency: 'EUR' });
  const withFees = policy({ fees: { inspection: eur(75), admin: eur(75), restocking: eur(20) } });

  it.each([
    ['quote_rejected', 'inspection', 'inspection_fee'],
    ['no_fault_found', 'inspection', 'inspection_fee'],
    ['received_without_authorization', 'admin', 'admin_fee'],
    ['order_error', 'restocking', 'restocking_fee'],
  ] as const)('charges on %s a %s fee', (occasion, kind, rule) => {
    expect(chargeFor(occasion, withFees)).toMatchObject({ kind, rule, policy: ref, currency: 'EUR' });
  });

  it('charges nothing where the policy sets no fee', () => {
    expect(chargeFor('quote_rejected', policy())).toBeNull();
    expect(chargeFor('quote_rejected', withFees)?.amount).toBe(75);
  });
});

describe('advance replacement (002 §8: listed categories, 15 business days)', () => {
  const terms = policy({ advanceReplacement: { categories: ['monitor', 'power_adapter'], returnWithinBusinessDays: 15 } });

  it('gives a listed category a deadline counted in business days across weekends', () => {
    // Friday 2026-06-05 + 15 business days = Friday 2026-06-26
    expect(advanceReplacement('monitor', terms, '2026-06-05')).toMatchObject({ eligible: true, returnBy: '2026-06-26' });
    // Friday + 1 business day = Monday
    expect(advanceReplacement('monitor', policy({ advanceReplacement: { categories: ['monitor'], returnWithinBusinessDays: 1 } }), '2026-06-05')).toMatchObject({ returnBy: '2026-06-08' });
  });

  it('refuses other categories and policies without advance replacement', () => {
    expect(advanceReplacement('camera', terms, '2026-06-05').eligible).toBe(false);
    expect(advanceReplacement(null, terms, '2026-06-05').eligible).toBe(false);
    expect(advanceReplacement('monitor', policy(), '2026-06-05').eligible).toBe(false);
  });
});

describe('warranty on a repaired or replaced unit (002 §8, §9.1: longer of remainder and 90 days)', () => {
  it('keeps the remaining warranty when it is longer', () => {
    expect(repairedUnitWarranty('2027-01-01', '2026-06-01', policy())).toMatchObject({ endsOn: '2027-01-01', rule: 'repair_warranty' });
  });

  it('gives 90 days when less remains, or when out of warranty', () => {
    expect(repairedUnitWarranty('2026-07-01', '2026-06-01', policy()).endsOn).toBe('2026-08-30');
    expect(repairedUnitWarranty(null, '2026-06-01', policy()).endsOn).toBe('2026-08-30');
  });
});

describe('scrap after N days (002 §10)', () => {
  it('is due N days after the goods were left waiting, and never without the rule', () => {
    expect(scrapDue(policy({ scrapAfterDays: 90 }), new Date('2026-01-01T00:00:00Z'))?.at.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(scrapDue(policy(), new Date())).toBeNull();
  });
});
