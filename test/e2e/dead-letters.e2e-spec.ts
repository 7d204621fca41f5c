import { apiAs, DEMO_CLAIM, eventually, portalFaults, scrapeMetrics, useTestHub } from '@rma-hub/testing';

describe('portal calls that fail for good', () => {
  const testHub = useTestHub({
    env: { PORTAL_TIMEOUT_MS: '300', PORTAL_RETRY_ATTEMPTS: '1', PORTAL_RETRY_INITIAL_DELAY_MS: '20', PORTAL_REQUEUE_DELAY_MS: '50', PORTAL_MAX_ATTEMPTS: '2', CONSUMER_MAX_ATTEMPTS: '3', CONSUMER_RETRY_DELAY_MS: '20' },
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

  it('dead-letter a message whose consumer keeps failing after its last attempt, commit its offset, and a replay completes the claim', async () => {
    // The connectors cannot queue this claim's portal call: PostgreSQL refuses the insert.
    await testHub().query(`
      CREATE FUNCTION refuse_poison_request() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'portal queue refuses %', NEW.claim_id; END $$;
      CREATE TRIGGER refuse_poison_request BEFORE INSERT ON portal_requests FOR EACH ROW
        WHEN (NEW.payload::text LIKE '%DL-POISON-UNIT%') EXECUTE FUNCTION refuse_poison_request()`);
    try {
      const poisoned = await submit('DL-POISON', 'DL-POISON-UNIT');
      const letterOf = async () =>
        ((await operator().get('/v1/admin/dead-letters?consumer=rma-hub.connectors')).body.deadLetters as { id: string; key: string; reason: string }[]).find(
          (candidate) => candidate.key === poisoned,
        );
      await eventually(async () => expect(await letterOf()).toMatchObject({ topic: 'rma.portal.rma-requested.v1', reason: expect.stringMatching(/^gave up after 3 attempts: .*portal queue refuses/s) }));
      // Its offset is committed (the partition moved on), each attempt counted once, the count forgotten.
      const consumed = { consumer: 'rma-hub.connectors', topic: 'rma.portal.rma-requested.v1' };
      await eventually(async () => expect((await scrapeMetrics(testHub().url)).value('rmahub_consumer_lag_messages', consumed)).toBe(0));
      const metrics = await scrapeMetrics(testHub().url);
      expect(metrics.value('rmahub_consumer_messages_total', { ...consumed, outcome: 'retried' })).toBe(2);
      expect(metrics.value('rmahub_consumer_messages_total', { ...consumed, outcome: 'dead_lettered' })).toBe(1);
      expect((await statusOf(poisoned)).status).toBe('forwarded');
      expect(await testHub().query('SELECT consumer, message_id FROM message_attempts')).toEqual([]);

      await testHub().query('DROP TRIGGER refuse_poison_request ON portal_requests');
      const replayed = await operator().post(`/v1/admin/dead-letters/${(await letterOf())!.id}/replay`);
      expect(replayed.body.replayed).toBe(true);
      await eventually(async () => expect((await statusOf(poisoned)).status).toBe('authorized'));
    } finally {
      await testHub().query('DROP TRIGGER IF EXISTS refuse_poison_request ON portal_requests; DROP FUNCTION refuse_poison_request()');
    }
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
