import type { NetworkFile } from '@rma-hub/contracts';
import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub } from '@rma-hub/testing';

type Party = NetworkFile['parties'][number];

/** The network with reseller-alpha's Ubiquiti claims routed to `distributor`, and each listed party changed. */
function changed(network: NetworkFile, distributor: string, parties: Record<string, (party: Party) => Party> = {}): NetworkFile {
  return {
    ...network,
    parties: network.parties.map((party) => parties[party.id]?.(party) ?? party),
    routes: network.routes.map((route) => (route.reseller === 'reseller-alpha' && route.manufacturer === 'ubiquiti' ? { ...route, distributor } : route)),
  };
}

describe('the network a running hub decides by: changing the network file changes the next decision, without a restart', () => {
  const testHub = useTestHub();
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  let submitted = 0;

  /** Submits a claim and answers it once the router has decided where it goes. */
  const routedClaim = async () => {
    submitted += 1;
    const response = await reseller().post('/v1/claims', { ...demoClaim, reference: `NC-${submitted}`, lines: [{ serial: `NC-UNIT-${submitted}`, model: 'U6-Pro' }] });
    expect(response.status).toBe(201);
    return eventually(async () => {
      const claim = (await reseller().get(`/v1/claims/${response.body.id}`)).body;
      expect(claim.status).not.toBe('submitted');
      return claim;
    });
  };

  it('routes the next claim along the changed route and decides its warranty by the changed policy', async () => {
    const before = await routedClaim();
    expect(before.hops.map((hop: { party: string }) => hop.party)).toEqual(['reseller-alpha', 'distri-west', 'ubiquiti']);
    expect(before.warranty).toMatchObject({ endsOn: '2028-03-13', policy: { manufacturerId: 'ubiquiti', version: 1 } });

    const ubiquitiWarrantsSixMonths = ({ policy, ...party }: Party): Party => ({ ...party, policy: { ...policy!, warranty: { ...policy!.warranty, months: 6 } } });
    await testHub().applyNetwork(changed(testHub().network, 'distri-east', { ubiquiti: ubiquitiWarrantsSixMonths }));

    const after = await routedClaim();
    expect(after.status).toBe('in_review'); // distri-east reviews its claims
    expect(after.hops.map((hop: { party: string }) => hop.party)).toEqual(['reseller-alpha', 'distri-east', 'ubiquiti']);
    expect(after.references.distributor).toMatch(/^DE-RMA-\d{4}-\d{6}$/);
    expect(after.warranty).toMatchObject({ endsOn: '2026-09-13', policy: { manufacturerId: 'ubiquiti', version: 2 } });
  });

  it('treats the next claim by the distributor’s changed settings', async () => {
    await testHub().applyNetwork(changed(testHub().network, 'distri-east'));
    expect((await routedClaim()).status).toBe('in_review');

    await testHub().applyNetwork(changed(testHub().network, 'distri-east', { 'distri-east': (party) => ({ ...party, reviewsClaims: false }) }));
    const after = await routedClaim();
    expect(after.status).not.toBe('in_review');
    expect(after.hops.map((hop: { party: string }) => hop.party)).toEqual(['reseller-alpha', 'distri-east', 'ubiquiti']);
  });
});
