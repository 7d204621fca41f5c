import { NetworkFile } from './network';

const party = (id: string, role: string, extra: object = {}) => ({ id, name: id, role, referencePrefix: 'P', ...extra });

describe('NetworkFile', () => {
  it('refuses a route whose parties have the wrong roles, naming the route field', () => {
    const result = NetworkFile.safeParse({
      parties: [party('r', 'reseller'), party('d', 'distributor'), party('m', 'manufacturer', { channel: { kind: 'distributor' }, policy: { warranty: { months: 12 } } })],
      routes: [{ reseller: 'd', manufacturer: 'm', distributor: 'r' }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['routes.0.reseller', 'routes.0.distributor']);
  });

  it('requires a channel and a policy for every manufacturer, and unique party ids', () => {
    const result = NetworkFile.safeParse({ parties: [party('m', 'manufacturer'), party('m', 'reseller')] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['parties.0.channel', 'parties.0.policy', 'parties.1.id']);
  });

  it('refuses a policy override for a party that is not a manufacturer', () => {
    const result = NetworkFile.safeParse({ parties: [party('d', 'distributor', { policyOverrides: { r: { rmaValidityDays: 10 } } }), party('r', 'reseller')] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['parties.0.policyOverrides.r']);
  });
});
