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
});
