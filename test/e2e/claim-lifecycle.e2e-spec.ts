import { apiAs, DEMO_CLAIM as demoClaim, eventually, ubiquitiReports, useTestHub } from '@rma-hub/testing';

describe('the claim lifecycle, driven by policy, through the public API', () => {
  const testHub = useTestHub();
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));
  const statusOf = async (id: string) => (await reseller().get(`/v1/claims/${id}`)).body.status as string;
  const reach = (id: string, status: string) => eventually(async () => expect(await statusOf(id)).toBe(status));

  it('parks a claim without a purchase date in needs_info with the missing list, and resumes it on add-info', async () => {
    const { purchaseDate: _omitted, ...incomplete } = demoClaim;
    const submitted = await reseller().post('/v1/claims', { ...incomplete, reference: 'LC-NEEDS-INFO' });
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await reach(id, 'needs_info');
    const parked = (await reseller().get(`/v1/claims/${id}/events`)).body.events.at(-1);
    expect(parked).toMatchObject({
      to: 'needs_info',
      actor: { role: 'hub' },
      data: { missing: ['purchaseDate'], rule: 'required_fields', policy: { manufacturerId: 'ubiquiti', version: 1, distributorId: 'distri-west', overrideVersion: 1 } },
    });

    const shipTooEarly = await reseller().post(`/v1/claims/${id}/actions/ship`, { carrier: 'UPS', trackingNumber: '1Z' });
    expect(shipTooEarly.status).toBe(409);
    expect(shipTooEarly.body).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'needs_info', allowedNext: expect.arrayContaining(['submitted', 'cancelled']) });

    const added = await reseller().post(`/v1/claims/${id}/actions/add-info`, { purchaseDate: '2026-02-01' }, { 'idempotency-key': 'add-info-1' });
    expect(added.status).toBe(200);
    expect(added.body.purchaseDate).toBe('2026-02-01');
    await reach(id, 'authorized');
    const claim = (await reseller().get(`/v1/claims/${id}`)).body;
    expect(claim.warranty).toMatchObject({ status: 'in_warranty', endsOn: '2028-01-31', rule: 'warranty' });
    const moves = (await reseller().get(`/v1/claims/${id}/events`)).body.events.map((event: { to: string }) => event.to);
    expect(moves).toEqual(['submitted', 'needs_info', 'submitted', 'forwarded', 'authorized']);
  });

  it('takes an out-of-warranty claim through quote_pending → reject-quote → shipped_back with the inspection fee charged', async () => {
    // The distributor's override adds an inspection fee to Ubiquiti's policy: a new override version.
    await testHub().changeNetwork(
      `INSERT INTO policies (id, manufacturer_id, distributor_id, version, document)
       VALUES (gen_random_uuid(), 'ubiquiti', 'distri-west', 2, '{"fees": {"inspection": {"amount": 75, "currency": "EUR"}}}')`,
    );
    const submitted = await reseller().post('/v1/claims', { ...demoClaim, reference: 'LC-QUOTE', purchaseDate: '2021-05-10', lines: [{ serial: 'OLD-UNIT-1', model: 'U6-Lite' }] });
    const id: string = submitted.body.id;
    await reach(id, 'authorized');
    const authorized = (await reseller().get(`/v1/claims/${id}`)).body;
    expect(authorized.warranty).toMatchObject({ status: 'out_of_warranty', endsOn: '2023-05-09' });

    expect((await ubiquitiReports(testHub(), authorized.lines[0].rmaNumber, { status: 'RECEIVED' })).status).toBe(200);
    await reach(id, 'quote_pending');

    const byDistributor = await distributor().post(`/v1/claims/${id}/actions/reject-quote`, {});
    expect(byDistributor.body).toMatchObject({ status: 403, code: 'CLAIM.ACTION_FORBIDDEN' });
    const rejected = await reseller().post(`/v1/claims/${id}/actions/reject-quote`, { reason: 'too expensive' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'shipped_back',
      resolution: 'returned_unrepaired',
      charges: [{ kind: 'inspection', amount: 75, currency: 'EUR', rule: 'inspection_fee', policy: { overrideVersion: 2 } }],
    });
    expect(rejected.body.lines[0].outcome).toBe('returned_unrepaired');
    const moves = (await reseller().get(`/v1/claims/${id}/events`)).body.events.map((event: { to: string; actor: { role: string } }) => `${event.to}:${event.actor.role}`);
    expect(moves).toEqual(['submitted:reseller', 'forwarded:distributor', 'authorized:manufacturer', 'received:manufacturer', 'quote_pending:hub', 'shipped_back:reseller']);
  });

  it('ships an authorized claim, then refuses to cancel it; each action once per Idempotency-Key', async () => {
    const id: string = (await reseller().post('/v1/claims', { ...demoClaim, reference: 'LC-SHIP', lines: [{ serial: 'SHIP-1', model: 'U6-Pro' }] })).body.id;
    await reach(id, 'authorized');
    const ship = () => reseller().post(`/v1/claims/${id}/actions/ship`, { carrier: 'DHL', trackingNumber: 'JD0142' }, { 'idempotency-key': 'ship-once' });
    const [first, again] = [await ship(), await ship()];
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(first.body).toMatchObject({ status: 'in_transit', shipment: { carrier: 'DHL', trackingNumber: 'JD0142' } });
    const shipEvents = (await reseller().get(`/v1/claims/${id}/events`)).body.events.filter((event: { to: string }) => event.to === 'in_transit');
    expect(shipEvents).toHaveLength(1);

    const cancel = await reseller().post(`/v1/claims/${id}/actions/cancel`, {});
    expect(cancel).toMatchObject({ status: 409, body: { currentStatus: 'in_transit', allowedNext: [], detail: 'cancellation is only possible before the goods ship' } });
    const malformed = await reseller().post(`/v1/claims/${id}/actions/ship`, { carrier: '' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(['/carrier', '/trackingNumber']);
  });

  it('finds a claim by each party’s own reference, lists with filters and cursor pages, and shows a serial’s history', async () => {
    const id: string = (await reseller().post('/v1/claims', { ...demoClaim, reference: 'LC-FIND', lines: [{ serial: 'HIST-1', model: 'U6-Pro' }] })).body.id;
    await reach(id, 'authorized');
    const claim = (await reseller().get(`/v1/claims/${id}`)).body;

    for (const [api, reference] of [
      [reseller(), 'LC-FIND'],
      [distributor(), claim.references.distributor],
      [reseller(), claim.references.manufacturer],
    ] as const) {
      const found = await api.get(`/v1/claims?reference=${encodeURIComponent(reference)}`);
      expect(found.body.claims.map((c: { id: string }) => c.id)).toEqual([id]);
    }
    expect((await apiAs(testHub().url, testHub().keyOf('reseller-bravo')).get('/v1/claims?reference=LC-FIND')).body.claims).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { claims: { id: string; status: string }[]; nextCursor: string | null } } = await reseller().get(`/v1/claims?status=authorized&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.claims.length).toBeLessThanOrEqual(1);
      page.body.claims.forEach((c) => expect(c.status).toBe('authorized'));
      seen.push(...page.body.claims.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toContain(id);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await reseller().get('/v1/claims?updatedSince=tomorrow')).status).toBe(400);

    const history = (await distributor().get('/v1/serials/HIST-1/history')).body;
    expect(history.entries).toEqual([expect.objectContaining({ claimId: id, rmaNumber: claim.lines[0].rmaNumber, claimStatus: 'authorized' })]);
    expect((await apiAs(testHub().url, testHub().keyOf('reseller-bravo')).get('/v1/serials/HIST-1/history')).body.entries).toEqual([]);
  });

  it('pages a reference search, a serial’s history and a timeline, each page keeping its filter', async () => {
    const bravo = apiAs(testHub().url, testHub().keyOf('reseller-bravo'));
    const claimIds: string[] = [];
    for (const api of [reseller(), bravo]) {
      const id: string = (await api.post('/v1/claims', { ...demoClaim, reference: 'LC-PAGED', lines: [{ serial: 'PAGED-1', model: 'U6-Pro' }] })).body.id;
      await eventually(async () => expect((await api.get(`/v1/claims/${id}`)).body.status).toBe('authorized'));
      claimIds.push(id);
    }
    await reseller().post('/v1/claims', { ...demoClaim, reference: 'LC-NOT-PAGED' });

    const pages = async <T>(first: string, itemsOf: (body: any) => T[], next: (body: any) => string | null) => {
      const items: T[][] = [];
      for (let url: string | null = first; url; ) {
        const page = await distributor().get(url);
        expect(page.status).toBe(200);
        items.push(itemsOf(page.body));
        url = next(page.body);
      }
      return items;
    };
    const byReference = await pages(
      '/v1/claims?reference=LC-PAGED&limit=1',
      (body) => body.claims.map((claim: { id: string }) => claim.id),
      (body) => (body.nextCursor ? `/v1/claims?reference=LC-PAGED&limit=1&cursor=${body.nextCursor}` : null),
    );
    expect(byReference.filter((page) => page.length > 0)).toHaveLength(2);
    expect(byReference.flat().sort()).toEqual([...claimIds].sort());

    const history = await pages(
      '/v1/serials/PAGED-1/history?limit=1',
      (body) => body.entries.map((entry: { claimId: string }) => entry.claimId),
      (body) => (body.nextCursor ? `/v1/serials/PAGED-1/history?limit=1&cursor=${body.nextCursor}` : null),
    );
    expect(history.flat()).toEqual(claimIds);
    expect((await distributor().get('/v1/serials/PAGED-1/history?cursor=forged')).status).toBe(400);

    const whole = (await distributor().get(`/v1/claims/${claimIds[0]}/events`)).body;
    expect(whole.nextAfter).toBeNull();
    const timeline = await pages(
      `/v1/claims/${claimIds[0]}/events?limit=2`,
      (body) => body.events.map((event: { seq: number }) => event.seq),
      (body) => (body.nextAfter === null ? null : `/v1/claims/${claimIds[0]}/events?limit=2&after=${body.nextAfter}`),
    );
    expect(timeline.every((page) => page.length <= 2)).toBe(true);
    expect(timeline.flat()).toEqual(whole.events.map((event: { seq: number }) => event.seq));
    expect(timeline.flat().length).toBeGreaterThan(2);
    expect((await distributor().get(`/v1/claims/${claimIds[0]}/events?limit=5000`)).status).toBe(400);
  });
});
