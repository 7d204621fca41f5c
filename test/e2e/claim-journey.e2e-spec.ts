import { apiAs, DEMO_CLAIM as demoClaim, eventually, ubiquitiReports, useTestHub } from '@rma-hub/testing';

describe('a claim travels the whole chain over HTTP, Kafka and PostgreSQL', () => {
  const testHub = useTestHub();
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));

  it('goes reseller → distributor → Ubiquiti portal → authorized, and a signed portal webhook moves it to received', async () => {
    const submitted = await reseller().post('/v1/claims', demoClaim);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ status: 'submitted', manufacturer: 'ubiquiti', references: { reseller: 'ALPHA-TICKET-1001' } });
    const id: string = submitted.body.id;

    const authorized = await eventually(async () => {
      const claim = await reseller().get(`/v1/claims/${id}`);
      expect(claim.body.status).toBe('authorized');
      return claim.body;
    });
    const rmaNumber: string = authorized.lines[0].rmaNumber;
    expect(rmaNumber).toMatch(/^UI-RMA-\d+$/);
    expect(authorized.references).toEqual({
      reseller: 'ALPHA-TICKET-1001',
      distributor: expect.stringMatching(/^DW-RMA-\d{4}-\d{6}$/),
      manufacturer: rmaNumber,
    });
    expect(authorized.hops.map((hop: { party: string }) => hop.party)).toEqual(['reseller-alpha', 'distri-west', 'ubiquiti']);

    const seenByDistributor = await distributor().get(`/v1/claims/${id}`);
    expect(seenByDistributor.status).toBe(200);
    expect(seenByDistributor.body.references.manufacturer).toBe(rmaNumber);

    expect((await ubiquitiReports(testHub(), rmaNumber, { status: 'RECEIVED' })).body.webhook.status).toBe(200);

    await eventually(async () => expect((await reseller().get(`/v1/claims/${id}`)).body.status).toBe('received'));
    const timeline = await reseller().get(`/v1/claims/${id}/events`);
    expect(timeline.body.events.map((event: { from: string | null; to: string }) => `${event.from ?? '∅'}→${event.to}`)).toEqual([
      '∅→submitted',
      'submitted→forwarded',
      'forwarded→authorized',
      'authorized→received',
    ]);
    expect(timeline.body.events[2].actor).toEqual({ role: 'manufacturer', partyId: 'ubiquiti' });
  });

  it('answers 404 to a reseller who is not on the claim’s chain, exactly as for a claim that does not exist', async () => {
    const submitted = await reseller().post('/v1/claims', { ...demoClaim, reference: 'ALPHA-TICKET-1002' });
    const other = apiAs(testHub().url, testHub().keyOf('reseller-bravo'));
    for (const suffix of ['', '/events']) {
      const response = await other.get(`/v1/claims/${submitted.body.id}${suffix}`);
      expect(response.status).toBe(404);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body).toMatchObject({ code: 'CLAIM.NOT_FOUND', status: 404 });
    }
    expect((await other.get('/v1/claims/00000000-0000-4000-8000-000000000000')).body.code).toBe('CLAIM.NOT_FOUND');
  });

  it('refuses a malformed claim with 400 naming every bad field, and stores and publishes nothing', async () => {
    // What a submission writes: the claim and its claim.submitted message (other claims keep moving meanwhile).
    const written = () =>
      testHub().query(
        "SELECT (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM outbox_messages WHERE topic = 'rma.claim.submitted.v1') AS submitted",
      );
    const before = await written();
    const response = await reseller().post('/v1/claims', {
      returnReason: 'broken',
      purchaseDate: '2026-13-45',
      lines: [{ model: 'U6-Pro' }],
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.code).toBe('REQUEST.INVALID');
    const pointers = response.body.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/manufacturer', '/returnReason', '/failureDescription', '/purchaseDate', '/lines/0/serial']),
    );
    expect(pointers).toHaveLength(5);
    expect(await written()).toEqual(before);
  });

  it('stores links to photos and documents with the claim and shows them along the chain; a bad link is refused at its pointer and stores nothing', async () => {
    const attachments = [
      { url: 'https://files.alpha.example/rma/1003/label.jpg?sig=Zm9v', name: 'Type label', contentType: 'image/jpeg' },
      { url: 'https://files.alpha.example/rma/1003/invoice.pdf' },
    ];
    const submitted = await reseller().post('/v1/claims', { ...demoClaim, reference: 'ALPHA-TICKET-1003', lines: [{ serial: 'ATT-SN-1', model: 'U6-Pro' }], attachments });
    expect(submitted.status).toBe(201);
    expect(submitted.body.attachments).toEqual(attachments);
    const id: string = submitted.body.id;
    expect((await reseller().get(`/v1/claims/${id}`)).body.attachments).toEqual(attachments);
    expect((await reseller().get('/v1/claims?reference=ALPHA-TICKET-1003')).body.claims.map((claim: { attachments: unknown }) => claim.attachments)).toEqual([attachments]);
    await eventually(async () => {
      const seen = await distributor().get(`/v1/claims/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.attachments).toEqual(attachments);
    });
    // Without any, a claim has an empty list.
    const plain = await reseller().post('/v1/claims', { ...demoClaim, reference: 'ALPHA-TICKET-1004', lines: [{ serial: 'ATT-SN-2', model: 'U6-Pro' }] });
    expect(plain.body.attachments).toEqual([]);

    const stored = () => testHub().query("SELECT h.claim_id FROM claim_hops h WHERE h.reference LIKE 'ALPHA-TICKET-ATT-%'");
    const plainHttp = await reseller().post('/v1/claims', { ...demoClaim, reference: 'ALPHA-TICKET-ATT-1', attachments: [{ url: 'http://files.alpha.example/label.jpg' }] });
    expect(plainHttp.status).toBe(400);
    expect(plainHttp.contentType).toContain('application/problem+json');
    expect(plainHttp.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ pointer: '/attachments/0/url', detail: 'must be an https URL, not http' }] });
    expect(plainHttp.body.errors).toHaveLength(1);
    const withCredentials = await reseller().post('/v1/claims', {
      ...demoClaim,
      reference: 'ALPHA-TICKET-ATT-2',
      attachments: [attachments[0], { url: 'https://dana:s3cret@files.alpha.example/label.jpg' }],
    });
    expect(withCredentials.status).toBe(400);
    expect(withCredentials.body.errors).toEqual([{ pointer: '/attachments/1/url', detail: expect.stringContaining('must not carry credentials') }]);
    expect(JSON.stringify(withCredentials.body)).not.toContain('s3cret');
    expect(await stored()).toEqual([]);
  });

  it('creates one claim for the same POST repeated with one Idempotency-Key, and refuses that key for another body', async () => {
    const body = { ...demoClaim, reference: 'ALPHA-TICKET-2001' };
    const headers = { 'idempotency-key': 'retry-2001' };
    const responses = await Promise.all([1, 2, 3].map(() => reseller().post('/v1/claims', body, headers)));
    const replay = await reseller().post('/v1/claims', body, headers);
    const ids = new Set([...responses, replay].map((response) => response.body.id));
    expect(ids.size).toBe(1);
    expect([...responses, replay].every((response) => response.status === 201)).toBe(true);
    const rows = await testHub().query('SELECT id FROM claims c JOIN claim_hops h ON h.claim_id = c.id WHERE h.reference = $1', ['ALPHA-TICKET-2001']);
    expect(rows).toHaveLength(1);

    const reused = await reseller().post('/v1/claims', { ...body, reference: 'ALPHA-TICKET-2002' }, headers);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('refuses a body that is not JSON with a 400 problem', async () => {
    const response = await fetch(`${testHub().url}/v1/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testHub().keyOf('reseller-alpha')}`, 'content-type': 'application/json' },
      body: '{"manufacturer": "ubiq',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { code: string }).code).toBe('REQUEST.MALFORMED');
  });

  it('refuses a claim without an API key, and a claim for a manufacturer with no route', async () => {
    const anonymous = await apiAs(testHub().url, 'not-a-key').post('/v1/claims', demoClaim);
    expect(anonymous.status).toBe(401);
    const unknown = await reseller().post('/v1/claims', { ...demoClaim, reference: 'X-1', manufacturer: 'acme' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].pointer).toBe('/manufacturer');
  });
});
