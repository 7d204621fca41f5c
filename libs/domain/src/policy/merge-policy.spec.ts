import { PolicyDocument } from '@rma-hub/contracts';
import { mergePolicy } from './merge-policy';

const base = PolicyDocument.parse({ warranty: { months: 24 }, fees: { inspection: { amount: 75, currency: 'EUR' } }, requiredFields: ['dealer'] });

describe('a distributor override over a manufacturer policy', () => {
  it('merges objects one level deep and replaces lists and values', () => {
    const merged = mergePolicy(base, { fees: { admin: { amount: 50, currency: 'EUR' } }, requiredFields: ['supportTicket'], rmaValidityDays: 45 });
    expect(merged.fees).toEqual({ inspection: { amount: 75, currency: 'EUR' }, admin: { amount: 50, currency: 'EUR' }, restocking: null });
    expect(merged.requiredFields).toEqual(['supportTicket']);
    expect(merged.rmaValidityDays).toBe(45);
    expect(merged.warranty.months).toBe(24);
  });

  it('validates the result, so a bad override is refused naming the field', () => {
    expect(() => mergePolicy(base, { rmaValidityDays: -1 })).toThrow(/rmaValidityDays/);
  });
});
