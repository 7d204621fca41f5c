import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub, type TimelineEvent } from '@rma-hub/testing';

/**
 * Alkeria (seed 004) is handled by distri-west, which records Alkeria's moves on its behalf: one
 * RMA number per unique serial, each valid for 30 days, and no cancellation once the goods ship.
 */
describe('Alkeria, handled by distri-west on its behalf', () => {
  const testHub = useTestHub();
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));
  const claimOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body;
  const eventsOf = async (id: string) => (await reseller().get(`/v1/claims/${id}/events`)).body.events as TimelineEvent[];
  const reach = (id: string, status: string, timeoutMs?: number) => eventually(async () => expect((await claimOf(id)).status).toBe(status), timeoutMs ? { timeoutMs } : {});
  const act = (api: ReturnType<typeof apiAs>, id: string, action: string, body: object = {}) => api.post(`/v1/claims/${id}/actions/${action}`, body);
  const timersOf = (id: string) =>
    testHub().query<{ kind: string; due_at: Date; fired_at: Date | null; cancelled_at: Date | null }>('SELECT kind, due_at, fired_at, cancelled_at FROM claim_timers WHERE claim_id = $1 ORDER BY kind', [id]);
  const idsFound = async (reference: string) => (await distributor().get(`/v1/claims?reference=${encodeURIComponent(reference)}`)).body.claims.map((c: { id: string }) => c.id);

  /** A camera claim from reseller-alpha: serial numbers and a description are all Alkeria asks for. */
  const alkeriaClaim = (reference: string, serials: string[]) => ({
    ...demoClaim,
    reference,
    manufacturer: 'alkeria',
    failureDescription: 'Camera drops frames above 30 fps; the sensor shows a column of dead pixels.',
    purchaseDate: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10),
    supportTicket: undefined,
    lines: serials.map((serial) => ({ serial, model: 'CELERA C5M' })),
  });
  const forwardedClaim = async (reference: string, serials: string[]) => {
    const submitted = await reseller().post('/v1/claims', alkeriaClaim(reference, serials));
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await reach(id, 'forwarded');
    return id;
  };
  const authorizedClaim = async (reference: string, serial: string) => {
    const id = await forwardedClaim(reference, [serial]);
    expect((await act(distributor(), id, 'authorize', {})).body.status).toBe('authorized');
    return id;
  };

  it('takes one RMA number per serial: a single number for two serials is refused, each line is numbered on its own', async () => {
    const [serialA, serialB] = ['ALK-SN-5001', 'ALK-SN-5002'];
    const id = await forwardedClaim('ALK-PER-SERIAL', [serialA, serialB]);

    const single = await act(distributor(), id, 'authorize', { rmaNumber: 'ALK-1' });
    expect(single.status).toBe(422);
    expect(single.body).toMatchObject({ code: 'CLAIM.RMA_NUMBER_REQUIRED', errors: [{ pointer: '/rmaNumber' }] });
    expect(single.body.detail).toContain(`${serialA}, ${serialB}`);
    const untouched = await claimOf(id);
    expect(untouched).toMatchObject({ status: 'forwarded', references: { manufacturer: null } });
    expect(untouched.lines.map((line: { rmaNumber: string | null }) => line.rmaNumber)).toEqual([null, null]);
    expect(await idsFound('ALK-1')).toEqual([]);

    const first = await act(distributor(), id, 'authorize', { lines: [{ serial: serialA, rmaNumber: 'ALK-1' }] });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('forwarded');
    const [lineA, lineB] = first.body.lines;
    expect(lineA).toMatchObject({ serial: serialA, status: 'authorized', rmaNumber: 'ALK-1' });
    expect(lineB).toMatchObject({ serial: serialB, rmaNumber: null });
    expect(lineB.status).not.toBe('authorized');
    expect(first.body.references.manufacturer).toBe('ALK-1');
    expect(first.body.allowedActions).toContain('authorize');

    const second = await act(distributor(), id, 'authorize', { lines: [{ serial: serialB, rmaNumber: 'ALK-2' }] });
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('authorized');
    expect(second.body.lines.map((line: { serial: string; rmaNumber: string }) => [line.serial, line.rmaNumber])).toEqual([
      [serialA, 'ALK-1'],
      [serialB, 'ALK-2'],
    ]);
    expect(second.body.references.manufacturer).toContain('ALK-1');
    expect(second.body.references.manufacturer).toContain('ALK-2');
    expect(await idsFound('ALK-1')).toEqual([id]);
    expect(await idsFound('ALK-2')).toEqual([id]);

    const authorization = (await eventsOf(id)).find((event) => event.to === 'authorized');
    expect(authorization).toMatchObject({ from: 'forwarded', actor: { role: 'manufacturer', partyId: 'alkeria', actedBy: 'distri-west' } });
    expect(authorization!.reason).toContain('distri-west for alkeria issued RMA ALK-2');

    const again = await act(distributor(), id, 'authorize', { lines: [{ serial: serialA, rmaNumber: 'ALK-3' }] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'authorized' });
    expect((await act(distributor(), id, 'authorize', {})).status).toBe(409);
    expect((await claimOf(id)).lines.map((line: { rmaNumber: string }) => line.rmaNumber)).toEqual(['ALK-1', 'ALK-2']);
  });

  it('issues one RMA number per serial in Alkeria’s format when distri-west names none', async () => {
    const id = await forwardedClaim('ALK-HUB-ISSUED', ['ALK-SN-5101', 'ALK-SN-5102']);
    const authorized = await act(distributor(), id, 'authorize', {});
    expect(authorized.status).toBe(200);
    expect(authorized.body.status).toBe('authorized');
    const numbers: string[] = authorized.body.lines.map((line: { rmaNumber: string }) => line.rmaNumber);
    expect(numbers).toHaveLength(2);
    numbers.forEach((number) => expect(number).toMatch(/^ALK-\d{4}-\d{6}$/));
    expect(new Set(numbers).size).toBe(2);
    for (const number of numbers) {
      expect(authorized.body.references.manufacturer).toContain(number);
      expect(await idsFound(number)).toEqual([id]);
    }
  });

  it('expires an RMA 30 days after its authorization when the goods never arrive', async () => {
    const id = await authorizedClaim('ALK-EXPIRY', 'ALK-SN-6001');
    const authorizedAt = new Date((await eventsOf(id)).find((event) => event.to === 'authorized')!.occurredAt);
    const [timer, ...others] = (await timersOf(id)).filter((t) => t.kind === 'rma_expiry');
    expect(others).toEqual([]);
    expect(timer).toMatchObject({ fired_at: null, cancelled_at: null });
    const validDays = (timer!.due_at.getTime() - authorizedAt.getTime()) / 86_400_000;
    expect(validDays).toBeCloseTo(30, 4);

    // Thirty days pass without the goods arriving.
    await testHub().query("UPDATE claim_timers SET due_at = now() - interval '1 minute' WHERE claim_id = $1 AND kind = 'rma_expiry'", [id]);
    await reach(id, 'expired', 90_000);
    const expiries = (await eventsOf(id)).filter((event) => event.to === 'expired');
    expect(expiries).toHaveLength(1);
    expect(expiries[0]).toMatchObject({ from: 'authorized', actor: { role: 'timer' }, data: { timer: 'rma_expiry', rule: 'rma_validity', policy: { manufacturerId: 'alkeria' } } });
    expect((await timersOf(id)).find((t) => t.kind === 'rma_expiry')!.fired_at).not.toBeNull();
    expect((await act(reseller(), id, 'ship', { carrier: 'UPS', trackingNumber: '1Z-LATE' })).body).toMatchObject({ status: 409, code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'expired' });
  });

  it('refuses cancellation once the goods have shipped, and cancels an authorized claim and its timers before', async () => {
    const shipped = await authorizedClaim('ALK-SHIPPED', 'ALK-SN-7001');
    expect((await act(reseller(), shipped, 'ship', { carrier: 'BRT', trackingNumber: 'BRT-7001' })).body.status).toBe('in_transit');
    const refused = await act(reseller(), shipped, 'cancel', { reason: 'customer changed their mind' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'in_transit', detail: 'cancellation is only possible before the goods ship' });
    expect((await claimOf(shipped)).status).toBe('in_transit');
    expect((await eventsOf(shipped)).some((event) => event.to === 'cancelled')).toBe(false);

    const unshipped = await authorizedClaim('ALK-UNSHIPPED', 'ALK-SN-7002');
    expect((await timersOf(unshipped)).map((t) => [t.kind, t.cancelled_at])).toEqual([['rma_expiry', null]]);
    const cancelled = await act(reseller(), unshipped, 'cancel', { reason: 'unit found working after a firmware update' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedActions: [] });
    expect((await eventsOf(unshipped)).at(-1)).toMatchObject({ from: 'authorized', to: 'cancelled', actor: { role: 'reseller', partyId: 'reseller-alpha' } });
    const timers = await timersOf(unshipped);
    expect(timers.length).toBeGreaterThan(0);
    timers.forEach((timer) => expect(timer).toMatchObject({ fired_at: null, cancelled_at: expect.any(Date) }));
  });
});

