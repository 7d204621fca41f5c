import { apiAs, DEMO_CLAIM, eventually, ubiquitiReports, useSubscriber, useTestHub, type TestHub } from '@rma-hub/testing';

/** How long an Idempotency-Key lives in this hub: long enough to replay at once, short enough to outlive in a test. */
const KEY_TTL_MS = 2_000;

const count = async (hub: TestHub, sql: string, params: unknown[] = []) => (await hub.query<{ n: number }>(`SELECT (${sql})::int AS n`, params))[0]!.n;

describe('the retention job prunes what is old enough while claims keep moving', () => {
  // Every age at 0 and a pass every 50 ms: the job deletes each published message, processed id,
  // delivered delivery and finished job's lines as soon as it exists, all through the journey.
  const testHub = useTestHub({
    env: {
      RETENTION_INTERVAL_MS: '50',
      RETENTION_BATCH_SIZE: '100',
      OUTBOX_RETENTION_HOURS: '0',
      INBOX_RETENTION_HOURS: '0',
      BULK_LINES_RETENTION_HOURS: '0',
      DELIVERIES_RETENTION_HOURS: '0',
      IDEMPOTENCY_KEY_TTL_HOURS: String(KEY_TTL_MS / 3_600_000),
      SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true',
      DELIVERY_RETRY_DELAY_MS: '50',
    },
  });
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));
  const subscriber = useSubscriber();

  it('walks a claim submitted → authorized (Ubiquiti) → received while the job prunes the messages and deliveries behind it', async () => {
    // A backlog of old published messages and processed ids for the job to work through meanwhile, 100 rows a batch.
    await testHub().query(
      `INSERT INTO outbox_messages (id, topic, key, payload, published_at)
       SELECT gen_random_uuid(), 'rma.claim.submitted.v1', 'backlog', '{}', now() - interval '2 days' FROM generate_series(1, 5000)`,
    );
    await testHub().query(`INSERT INTO processed_messages (consumer, message_id, processed_at) SELECT 'backlog', g::text, now() - interval '2 days' FROM generate_series(1, 5000) AS g`);
    const subscription = await as('distri-west').post('/v1/subscriptions', { url: subscriber.url() });
    expect(subscription.status).toBe(201);

    const submitted = await as('reseller-alpha').post('/v1/claims', DEMO_CLAIM);
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    const authorized = await eventually(async () => {
      const claim = (await as('reseller-alpha').get(`/v1/claims/${id}`)).body;
      expect(claim.status).toBe('authorized');
      return claim;
    });
    const rmaNumber: string = authorized.lines[0].rmaNumber;
    expect(rmaNumber).toMatch(/^UI-RMA-\d+$/);
    expect(authorized.references).toEqual({ reseller: 'ALPHA-TICKET-1001', distributor: expect.stringMatching(/^DW-RMA-\d{4}-\d{6}$/), manufacturer: rmaNumber });

    expect((await ubiquitiReports(testHub(), rmaNumber, { status: 'RECEIVED' })).body.webhook.status).toBe(200);
    await eventually(async () => expect((await as('reseller-alpha').get(`/v1/claims/${id}`)).body.status).toBe('received'));
    const timeline = await as('reseller-alpha').get(`/v1/claims/${id}/events`);
    expect(timeline.body.events.map((event: { from: string | null; to: string }) => `${event.from ?? '∅'}→${event.to}`)).toEqual([
      '∅→submitted',
      'submitted→forwarded',
      'forwarded→authorized',
      'authorized→received',
    ]);

    // Every change reached the subscriber, once and in order, though each delivery was pruned once delivered.
    await eventually(async () => expect(subscriber.received).toHaveLength(3));
    const changes = subscriber.received.map((hook) => (JSON.parse(hook.body) as { data: { claimId: string; from: string; to: string } }).data);
    expect(changes.map((change) => `${change.from}→${change.to}`)).toEqual(['submitted→forwarded', 'forwarded→authorized', 'authorized→received']);
    expect(changes.every((change) => change.claimId === id)).toBe(true);

    // Nothing the journey left behind outlives the job: not its messages (each was published, or the
    // claim would not have moved), not the backlog, not the processed ids, not the deliveries.
    await eventually(async () => {
      expect(await count(testHub(), 'SELECT count(*) FROM outbox_messages')).toBe(0);
      expect(await count(testHub(), 'SELECT count(*) FROM processed_messages')).toBe(0);
      expect(await count(testHub(), 'SELECT count(*) FROM deliveries WHERE subscription_id = $1', [subscription.body.id])).toBe(0);
    });
    expect((await as('distri-west').get(`/v1/subscriptions/${subscription.body.id}/deliveries`)).body.deliveries).toEqual([]);
    // What the hub keeps for good stays whole: the claim's timeline is unchanged.
    expect((await as('reseller-alpha').get(`/v1/claims/${id}/events`)).body.events).toEqual(timeline.body.events);
  });

  it('prunes a finished bulk import’s stored lines, and the job still reports its counts and errors', async () => {
    const file = [JSON.stringify({ ...DEMO_CLAIM, reference: 'RET-BULK-1', lines: [{ serial: 'RET-BK-1', model: 'U6-Pro' }] }), '{"manufacturer": '].join('\n');
    const response = await fetch(`${testHub().url}/v1/bulk/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testHub().keyOf('reseller-alpha')}`, 'content-type': 'application/x-ndjson' },
      body: file,
    });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await eventually(async () => {
      const current = (await as('reseller-alpha').get(`/v1/bulk/${jobId}`)).body;
      expect(current.state).toBe('done');
      return current;
    });
    expect(job.counts).toEqual({ received: 2, accepted: 1, duplicates: 0, rejected: 1, done: 2 });

    await eventually(async () => expect(await count(testHub(), 'SELECT count(*) FROM bulk_job_lines WHERE job_id = $1', [jobId])).toBe(0));
    expect(await count(testHub(), 'SELECT count(*) FROM bulk_jobs WHERE id = $1', [jobId])).toBe(1);
    expect((await as('reseller-alpha').get(`/v1/bulk/${jobId}`)).body).toEqual(job);
  });

  it('replays an Idempotency-Key within its lifetime, and takes it as a new key once it has expired', async () => {
    const first = { ...DEMO_CLAIM, reference: 'RET-IDEM-1' };
    const second = { ...DEMO_CLAIM, reference: 'RET-IDEM-2' };
    const headers = { 'idempotency-key': 'retention-key-1' };

    const created = await as('reseller-alpha').post('/v1/claims', first, headers);
    expect(created.status).toBe(201);
    expect((await as('reseller-alpha').post('/v1/claims', first, headers)).body.id).toBe(created.body.id);
    expect((await as('reseller-alpha').post('/v1/claims', second, headers)).body.code).toBe('IDEMPOTENCY.KEY_REUSED');

    await new Promise((resolve) => setTimeout(resolve, KEY_TTL_MS + 500));
    const anew = await as('reseller-alpha').post('/v1/claims', second, headers);
    expect(anew.status).toBe(201);
    expect(anew.body.id).not.toBe(created.body.id);
    expect(await count(testHub(), "SELECT count(*) FROM claim_hops WHERE reference IN ('RET-IDEM-1', 'RET-IDEM-2')")).toBe(2);
    // …and the new record lives its own lifetime, then the job prunes it.
    expect((await as('reseller-alpha').post('/v1/claims', second, headers)).body.id).toBe(anew.body.id);
    await eventually(async () => expect(await count(testHub(), "SELECT count(*) FROM idempotency_records WHERE key = 'retention-key-1'")).toBe(0));
  });
});

describe('an expired Idempotency-Key is a new key even before the retention job deletes its record', () => {
  // No router, so no retention job: the expired record stays in the table.
  const testHub = useTestHub({
    modules: { gateway: true, webhooks: false, router: false, connectors: false, notifier: false },
    env: { IDEMPOTENCY_KEY_TTL_HOURS: String(KEY_TTL_MS / 3_600_000) },
  });
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const record = () =>
    testHub().query<{ request_hash: string; response: { id: string } }>("SELECT request_hash, response FROM idempotency_records WHERE key = 'kept-key'");

  it('ignores the expired record and replaces it with the new request’s outcome', async () => {
    const headers = { 'idempotency-key': 'kept-key' };
    const created = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'KEPT-1' }, headers);
    expect(created.status).toBe(201);
    expect((await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'KEPT-2' }, headers)).status).toBe(422);
    const [stored] = await record();

    await new Promise((resolve) => setTimeout(resolve, KEY_TTL_MS + 500));
    expect(await record()).toEqual([stored]);
    const anew = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'KEPT-2' }, headers);
    expect(anew.status).toBe(201);
    expect(anew.body.id).not.toBe(created.body.id);
    const [replaced] = await record();
    expect(replaced!.response.id).toBe(anew.body.id);
    expect(replaced!.request_hash).not.toBe(stored!.request_hash);
    expect((await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'KEPT-2' }, headers)).body.id).toBe(anew.body.id);
  });
});
