import { apiAs, DEMO_CLAIM, eventually, useTestHub, type TestHub } from '@rma-hub/testing';

/** Grandstream's portal sends no webhooks: the hub opens its RMAs and polls their status. */
describe('Grandstream over real HTTP to the simulator', () => {
  const testHub = useTestHub({ env: { POLL_INTERVAL_MS: '100', POLL_MAX_INTERVAL_MS: '400' } });
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const claimOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const reach = (id: string, status: string) => eventually(async () => expect((await claimOf(id)).status).toBe(status));
  const warehouse = (hub: TestHub, rmaId: string, report: object) =>
    fetch(`${hub.demo.simulatorUrl}/_sim/grandstream/rmas/${rmaId}/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
  const grandstreamClaim = (reference: string, supportTicket: string, lines: object[]) => ({
    ...DEMO_CLAIM,
    reference,
    manufacturer: 'grandstream',
    supportTicket,
    lines,
  });

  it('opens one RMA for all devices, follows it by polling to closed, and stops polling', async () => {
    const lines = [
      { serial: 'GS-SN-1', model: 'GXP2170' },
      { serial: 'GS-SN-2', model: 'GXP2170' },
    ];
    const id: string = (await reseller().post('/v1/claims', grandstreamClaim('GS-HAPPY', 'GS-482915', lines))).body.id;
    await reach(id, 'authorized');
    const claim = await claimOf(id);
    const rmaId: string = claim.lines[0].rmaNumber;
    expect(rmaId).toMatch(/^GS-RMA-\d+$/);
    expect(claim.lines[1].rmaNumber).toBe(rmaId);
    expect(claim.references.manufacturer).toBe(rmaId);

    for (const [status, canonical] of [
      ['goods_received', 'received'],
      ['under_repair', 'repairing'],
      ['replaced', 'resolved'],
      ['returned', 'shipped_back'],
      ['closed', 'closed'],
    ] as const) {
      await warehouse(testHub(), rmaId, status === 'replaced' ? { status, replacementSerialNumber: 'GS-NEW-1' } : { status });
      await reach(id, canonical);
    }
    const events = (await reseller().get(`/v1/claims/${id}/events`)).body.events;
    expect(events.find((event: { to: string }) => event.to === 'received').reason).toContain('(poll)');
    expect((await claimOf(id)).lines[0]).toMatchObject({ outcome: 'replaced', replacementSerial: 'GS-NEW-1' });
    await eventually(async () => {
      const polls = await testHub().query<{ stopped_at: Date | null }>('SELECT stopped_at FROM portal_polls WHERE claim_id = $1', [id]);
      expect(polls).toHaveLength(1);
      expect(polls[0]!.stopped_at).not.toBeNull();
    });
  });

  it('parks a claim whose helpdesk ticket Grandstream support did not validate in needs_info', async () => {
    const id: string = (await reseller().post('/v1/claims', grandstreamClaim('GS-REFUSED', 'TICKET-42', [{ serial: 'GS-SN-9', model: 'GRP2612' }]))).body.id;
    await reach(id, 'needs_info');
    const parked = (await reseller().get(`/v1/claims/${id}/events`)).body.events.at(-1);
    expect(parked).toMatchObject({ from: 'forwarded', actor: { partyId: 'grandstream' }, data: { missing: ['supportTicket'] } });
    expect(parked.reason).toContain('has not validated helpdesk ticket TICKET-42');
    expect(testHub().demo.simulator.stats.grandstream.rmasOpened).toBe(1);
  });
});
