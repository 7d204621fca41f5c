import { differingRules } from './network.controller';

const base = { requiredFields: ['purchaseDate'], warranty: { months: 24 }, fees: { inspection: { amount: 75, currency: 'EUR' } } };

describe('the rules a distributor changes', () => {
  it('lists a rule whose merged value differs, with both values', () => {
    expect(differingRules(base, { fees: { restocking: { amount: 15, currency: 'EUR' } } })).toEqual([
      {
        rule: 'fees',
        manufacturer: { inspection: { amount: 75, currency: 'EUR' }, admin: null, restocking: null },
        distributor: { inspection: { amount: 75, currency: 'EUR' }, admin: null, restocking: { amount: 15, currency: 'EUR' } },
      },
    ]);
  });

  it('leaves out a rule the override repeats unchanged, and sorts the rest', () => {
    const rules = differingRules(base, { warranty: { months: 24 }, rmaValidityDays: 14, requiredFields: [] }).map((difference) => difference.rule);
    expect(rules).toEqual(['requiredFields', 'rmaValidityDays']);
  });

  it('answers nothing for a base that is not a policy', () => {
    expect(differingRules({ warranty: 'long' }, { rmaValidityDays: 14 })).toEqual([]);
  });
});
