import { apiAs, DEMO_CLAIM, eventually, useTestHub, type TestHub } from '@rma-hub/testing';

describe('innovaphone over real HTTP to the simulator', () => {
  const testHub = useTestHub();
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-bravo'));
  const claimOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const reach = (id: string, status: string) => eventually(async () => expect((await claimOf(id)).status).toBe(status));
  const portalSays = async (hub: TestHub, rmaId: string, report: object) => {
    const response = await fetch(`${hub.demo.simulatorUrl}/_sim/innovaphone/rmas/${rmaId}/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
    expect(((await response.json()) as { webhook: { status: number } }).webhook.status).toBe(200);
  };
  const shipTo = { name: 'Bravo IT Services', street: '12 Rue des Lilas', postalCode: '75011', city: 'Paris', country: 'FR' };
  const innovaphoneClaim = (reference: string, extra: object) => ({
    ...DEMO_CLAIM,
    reference,
    manufacturer: 'innovaphone',
    lines: [
      { serial: 'IP-SN-1', model: 'IP112' },
      { serial: 'IP-SN-2', model: 'IP112' },
    ],
    ...extra,
  });

  it('opens one RMA id per device, and moves the claim once every device has arrived', async () => {
    const id: string = (await reseller().post('/v1/claims', innovaphoneClaim('IP-HAPPY', { portalAccountId: 'IPACC-00417', shipTo }))).body.id;
    await reach(id, 'authorized');
    const [first, second] = (await claimOf(id)).lines.map((line: { rmaNumber: string }) => line.rmaNumber);
    expect(first).toMatch(/^IP-\d+$/);
    expect(second).not.toBe(first);
    expect(testHub().demo.simulator.stats.innovaphone.rmasOpened).toBe(2);

    await portalSays(testHub(), first, { status: 'received' });
    await eventually(async () => expect((await claimOf(id)).lines[0].status).toBe('received'));
    expect((await claimOf(id)).status).toBe('authorized');
    await portalSays(testHub(), second, { status: 'received' });
    await reach(id, 'received');
  });

  it('parks a claim without the innovaphone account id in needs_info, and continues once it is added', async () => {
    const id: string = (await reseller().post('/v1/claims', innovaphoneClaim('IP-NO-ACCOUNT', { shipTo }))).body.id;
    await reach(id, 'needs_info');
    expect((await reseller().get(`/v1/claims/${id}/events`)).body.events.at(-1).data.missing).toEqual(['portalAccountId']);
    await reseller().post(`/v1/claims/${id}/actions/add-info`, { portalAccountId: 'IPACC-00418' });
    await reach(id, 'authorized');
    expect((await claimOf(id)).portalAccountId).toBe('IPACC-00418');
  });
});
