import { apiAs, DEMO_CLAIM, eventually, portalFaults, useTestHub } from '@rma-hub/testing';

describe('portal calls that fail for good', () => {
  const testHub = useTestHub({
    env: { PORTAL_TIMEOUT_MS: '300', PORTAL_RETRY_ATTEMPTS: '1', PORTAL_RETRY_INITIAL_DELAY_MS: '20', PORTAL_REQUEUE_DELAY_MS: '50', PORTAL_MAX_ATTEMPTS: '2' },
  });
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const operator = () => apiAs(testHub().url, testHub().keyOf('hub-operator'));
  const submit = async (reference: string, serial: string) =>
    (await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference, lines: [{ serial, model: 'U6-Pro' }] })).body.id as string;
  const statusOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;

  it('are dead-lettered after the last attempt; an operator replays one once and the claim completes', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'error', status: 503, times: null }]);
    const id = await submit('DL-1', 'DL-UNIT-1');
    await eventually(async () => expect((await statusOf(id)).upstream).toMatchObject({ state: 'failed', lastError: expect.stringContaining('503') }));
    expect((await statusOf(id)).status).toBe('forwarded');

    expect((await reseller().get('/v1/admin/dead-letters')).status).toBe(403);
    const listed = await operator().get('/v1/admin/dead-letters?consumer=rma-hub.connectors');
    const letter = listed.body.deadLetters.find((candidate: { key: string }) => candidate.key === id);
    expect(letter).toMatchObject({ topic: 'portal-request', reason: expect.stringMatching(/^gave up after 2 attempts/), replayedAt: null });

    await portalFaults(testHub(), 'ubiquiti', 'clear');
    const replayed = await operator().post(`/v1/admin/dead-letters/${letter.id}/replay`);
    expect(replayed.body).toMatchObject({ replayed: true, deadLetter: { replayedAt: expect.any(String) } });
    await eventually(async () => expect((await statusOf(id)).status).toBe('authorized'));
    const again = await operator().post(`/v1/admin/dead-letters/${letter.id}/replay`);
    expect(again.body.replayed).toBe(false);
    expect(testHub().demo.simulator.stats.ubiquiti.rmasOpened).toBe(1);
  });

  it('park the claim in needs_info when the portal refuses its data, and add-info sends it again', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'refuse', field: 'ticketNumber', times: 1 }]);
    const id = await submit('DL-2', 'DL-UNIT-2');
    await eventually(async () => expect((await statusOf(id)).status).toBe('needs_info'));
    const parked = (await reseller().get(`/v1/claims/${id}/events`)).body.events.at(-1);
    expect(parked).toMatchObject({ from: 'forwarded', to: 'needs_info', actor: { role: 'manufacturer', partyId: 'ubiquiti' }, reason: expect.stringContaining('ticketNumber') });

    const fixed = await reseller().post(`/v1/claims/${id}/actions/add-info`, { supportTicket: 'UI-SUP-777001' });
    expect(fixed.body.status).toBe('forwarded');
    await eventually(async () => expect((await statusOf(id)).status).toBe('authorized'));
    expect((await statusOf(id)).supportTicket).toBe('UI-SUP-777001');
  });

  it('dead-letters a portal report naming another claim\'s RMA number, with the reason, and later claims are still routed', async () => {
    const first = await submit('DL-DUP-1', 'DL-DUP-UNIT-1');
    await eventually(async () => expect((await statusOf(first)).status).toBe('authorized'));
    const taken: string = (await statusOf(first)).lines[0].rmaNumber;
    const second = await submit('DL-DUP-2', 'DL-DUP-UNIT-2');
    await eventually(async () => expect((await statusOf(second)).status).toBe('authorized'));
    const secondLine: string = (await testHub().query<{ id: string }>('SELECT id FROM claim_lines WHERE claim_id = $1', [second]))[0]!.id;

    // A portal that reports, for the second claim, the number it gave the first.
    const report = { claimId: second, manufacturerId: 'ubiquiti', lines: [{ lineId: secondLine, rmaNumber: taken, portalStatus: 'APPROVED' }], openedAt: new Date().toISOString() };
    await testHub().query("INSERT INTO outbox_messages (id, topic, key, payload) VALUES (gen_random_uuid(), 'rma.portal.rma-opened.v1', $1, $2)", [second, JSON.stringify(report)]);

    await eventually(async () => {
      const letters = (await operator().get('/v1/admin/dead-letters?consumer=rma-hub.router')).body.deadLetters;
      expect(letters).toContainEqual(expect.objectContaining({ key: second, reason: `claim ${second}: CLAIM.RMA_NUMBER_TAKEN: ubiquiti RMA ${taken} already belongs to claim ${first}` }));
    });
    expect((await statusOf(second)).lines[0].rmaNumber).not.toBe(taken);
    const later = await submit('DL-DUP-3', 'DL-DUP-UNIT-3');
    await eventually(async () => expect((await statusOf(later)).status).toBe('authorized'));
  });
});
