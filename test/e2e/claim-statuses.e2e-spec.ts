import { CLAIM_STATUSES } from '@rma-hub/contracts';
import { apiAs, DEMO_CLAIM as demoClaim, eventually, ubiquitiReports, useTestHub } from '@rma-hub/testing';

/** Together with claim-lifecycle and rma-expiry, every canonical status is reached through the public API. */
describe('every path to the remaining statuses', () => {
  const testHub = useTestHub();
  const reached = new Set<string>();
  let serial = 0;

  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));
  const claimOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const reach = async (id: string, status: string) => {
    await eventually(async () => expect((await claimOf(id)).status).toBe(status));
    reached.add(status);
  };
  const submit = async (overrides: object = {}) => {
    serial += 1;
    const response = await reseller().post('/v1/claims', { ...demoClaim, reference: `ST-${serial}`, lines: [{ serial: `ST-UNIT-${serial}`, model: 'U6-Pro' }], ...overrides });
    expect(response.status).toBe(201);
    reached.add(response.body.status);
    return response.body.id as string;
  };
  const authorized = async (overrides: object = {}) => {
    const id = await submit(overrides);
    await reach(id, 'authorized');
    return { id, rmaNumber: (await claimOf(id)).lines[0].rmaNumber as string };
  };
  const portalSays = async (rmaNumber: string, report: { status: string; replacementSerialNumber?: string }) => {
    expect((await ubiquitiReports(testHub(), rmaNumber, report)).body.webhook.status).toBe(200);
  };

  it('cancels before shipping', async () => {
    const { id } = await authorized();
    const cancelled = await reseller().post(`/v1/claims/${id}/actions/cancel`, { reason: 'customer found the power switch' });
    expect(cancelled.body.status).toBe('cancelled');
    reached.add('cancelled');
    const [timers] = await testHub().query<{ n: number }>('SELECT count(*)::int AS n FROM claim_timers WHERE claim_id = $1 AND cancelled_at IS NULL', [id]);
    expect(timers!.n).toBe(0);
  });

  it('waits in in_review when the distributor reviews claims, until the distributor forwards it', async () => {
    await testHub().changeNetwork("UPDATE parties SET reviews_claims = true WHERE id = 'distri-west'");
    try {
      const id = await submit();
      await reach(id, 'in_review');
      // The reseller is on the chain, but forwarding is the distributor's move.
      expect((await reseller().post(`/v1/claims/${id}/actions/forward`, {})).body).toMatchObject({ status: 403, code: 'CLAIM.ACTION_FORBIDDEN' });
      const forwarded = await distributor().post(`/v1/claims/${id}/actions/forward`, {});
      expect(forwarded.body.status).toBe('forwarded');
      reached.add('forwarded');
      await reach(id, 'authorized');
    } finally {
      await testHub().changeNetwork("UPDATE parties SET reviews_claims = false WHERE id = 'distri-west'");
    }
  });

  it('is rejected by the manufacturer after inspection, and closed', async () => {
    const { id, rmaNumber } = await authorized();
    await portalSays(rmaNumber, { status: 'RECEIVED' });
    await reach(id, 'received');
    await portalSays(rmaNumber, { status: 'REJECTED' });
    await reach(id, 'rejected');
    await portalSays(rmaNumber, { status: 'CLOSED' });
    await reach(id, 'closed');
  });

  it('is repaired by replacement: the new serial and the warranty it carries are recorded, then it ships back and closes', async () => {
    const { id, rmaNumber } = await authorized({ purchaseDate: '2026-01-10' });
    await portalSays(rmaNumber, { status: 'RECEIVED' });
    await reach(id, 'received');
    await portalSays(rmaNumber, { status: 'IN_REPAIR' });
    await reach(id, 'repairing');
    await portalSays(rmaNumber, { status: 'REPLACED', replacementSerialNumber: 'NEW-UNIT-1' });
    await reach(id, 'resolved');
    const resolved = await claimOf(id);
    expect(resolved.resolution).toBe('replaced');
    expect(resolved.lines[0]).toMatchObject({ outcome: 'replaced', replacementSerial: 'NEW-UNIT-1' });
    const decision = (await reseller().get(`/v1/claims/${id}/events`)).body.events.find((event: { data: { rule?: string } }) => event.data.rule === 'repair_warranty');
    expect(decision.data.warrantyEndsOn).toBe('2028-01-09');
    const history = (await reseller().get('/v1/serials/NEW-UNIT-1/history')).body.entries;
    expect(history).toEqual([expect.objectContaining({ claimId: id, serial: resolved.lines[0].serial, replacementSerial: 'NEW-UNIT-1' })]);

    await portalSays(rmaNumber, { status: 'SHIPPED' });
    await reach(id, 'shipped_back');
    await portalSays(rmaNumber, { status: 'CLOSED' });
    await reach(id, 'closed');
  });

  it('grants an advance replacement for a listed category, with the return deadline in business days as a timer', async () => {
    await testHub().changeNetwork(
      `INSERT INTO policies (id, manufacturer_id, distributor_id, version, document)
       VALUES (gen_random_uuid(), 'ubiquiti', 'distri-west', 2, '{"advanceReplacement": {"categories": ["access_point"], "returnWithinBusinessDays": 15}}')`,
    );
    const { id } = await authorized({ advanceReplacement: true, lines: [{ serial: 'ADV-1', model: 'U6-Pro', category: 'access_point' }] });
    const events = (await reseller().get(`/v1/claims/${id}/events`)).body.events;
    const grant = events.find((event: { data: { rule?: string } }) => event.data.rule === 'advance_replacement');
    expect(grant.reason).toMatch(/^advance replacement granted/);
    const [timer] = await testHub().query<{ due_at: Date; authorized_at: Date }>(
      `SELECT t.due_at, e.occurred_at AS authorized_at FROM claim_timers t JOIN claim_events e ON e.claim_id = t.claim_id AND e.to_status = 'authorized'
       WHERE t.claim_id = $1 AND t.kind = 'advance_return'`,
      [id],
    );
    const calendarDays = (timer!.due_at.getTime() - timer!.authorized_at.getTime()) / 86_400_000;
    expect(calendarDays).toBeGreaterThan(20); // 15 business days span three weekends
    expect(calendarDays).toBeLessThan(23);
    const authorization = events.find((event: { to: string }) => event.to === 'authorized');
    expect(typeof authorization.data.slaBusinessMinutes).toBe('number');

    await testHub().query("UPDATE claim_timers SET due_at = now() WHERE claim_id = $1 AND kind = 'advance_return'", [id]);
    await eventually(async () => {
      const lapse = (await reseller().get(`/v1/claims/${id}/events`)).body.events.find((event: { data: { timer?: string } }) => event.data.timer === 'advance_return');
      expect(lapse).toMatchObject({ actor: { role: 'timer' }, reason: expect.stringContaining('not returned in time') });
    });
    expect((await claimOf(id)).status).toBe('authorized');

    const refused = await authorized({ advanceReplacement: true, lines: [{ serial: 'ADV-2', model: 'U6-Pro', category: 'switch' }] });
    const refusal = (await reseller().get(`/v1/claims/${refused.id}/events`)).body.events.find((event: { data: { rule?: string } }) => event.data.rule === 'advance_replacement');
    expect(refusal.reason).toMatch(/^advance replacement refused/);
    expect(await testHub().query("SELECT 1 FROM claim_timers WHERE claim_id = $1 AND kind = 'advance_return'", [refused.id])).toEqual([]);
  });

  it('scraps goods whose quote stays unapproved past the scrap deadline', async () => {
    await testHub().changeNetwork(
      `INSERT INTO policies (id, manufacturer_id, distributor_id, version, document)
       VALUES (gen_random_uuid(), 'ubiquiti', 'distri-west', 3, '{"scrapAfterDays": 90}')`,
    );
    const { id, rmaNumber } = await authorized({ purchaseDate: '2020-01-01' });
    await portalSays(rmaNumber, { status: 'RECEIVED' });
    await reach(id, 'quote_pending');
    const [timer] = await testHub().query<{ rule: string }>("SELECT rule FROM claim_timers WHERE claim_id = $1 AND kind = 'scrap' AND fired_at IS NULL", [id]);
    expect(timer!.rule).toBe('scrap');
    await testHub().query("UPDATE claim_timers SET due_at = now() WHERE claim_id = $1 AND kind = 'scrap'", [id]);
    await reach(id, 'scrapped');
  });

  it('has reached every canonical status across the lifecycle suites', () => {
    const elsewhere = ['needs_info', 'quote_pending', 'shipped_back', 'in_transit', 'expired'];
    expect(CLAIM_STATUSES.filter((status) => !reached.has(status) && !elsewhere.includes(status))).toEqual([]);
  });
});
