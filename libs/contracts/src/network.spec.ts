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

  it('admits only keys shaped as the hub generates them, naming the key and how to make one', () => {
    const withKey = (key: string) => NetworkFile.safeParse({ parties: [party('r', 'reseller', { apiKeys: [{ label: 'erp', key }] })] });
    expect(withKey('rmahub_tQ0g8PnOuY3kHcVfyiK1s9-w2Rb_ZxAqjM7LdE4aFnC').success).toBe(true);
    for (const weak of ['rmahub_demo_reseller_alpha_7c1f04', 'a-password-of-thirty-two-characters', `rmahub_${'ab'.repeat(21)}a`]) {
      const issue = withKey(weak).error?.issues[0];
      expect(issue?.path.join('.')).toBe('parties.0.apiKeys.0.key');
      expect(issue?.message).toContain('rma-hub keys generate');
    }
  });
});
