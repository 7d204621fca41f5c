import { DEMO_CLAIM, eventually, freePort, startServiceProcess, startTestHub, type ServiceProcess, type TestHub } from '@rma-hub/testing';

const LINES = 5_000;

describe('the gateway stopped in the middle of a bulk import', () => {
  let hub: TestHub;
  let gateway: ServiceProcess | undefined;
  let gatewayEnv: Record<string, string>;
  let gatewayUrl: string;

  beforeAll(async () => {
    // No router: the claims stay submitted; what is checked is how many were accepted.
    hub = await startTestHub({ gateway: false, webhooks: true, router: false, connectors: false, notifier: false });
    const port = await freePort();
    gatewayUrl = `http://127.0.0.1:${port}`;
    gatewayEnv = { ...hub.serviceEnv, HTTP_PORT: String(port), BULK_BATCH_SIZE: '25', BULK_LEASE_MS: '1000' };
  });
  afterAll(async () => {
    await gateway?.kill();
    await hub?.close();
  });

  const startGateway = async (env: Record<string, string> = {}) => {
    await gateway?.kill();
    gateway = startServiceProcess('gateway', { ...gatewayEnv, ...env });
    await eventually(async () => expect((await fetch(`${gatewayUrl}/readyz`)).status).toBe(200), { timeoutMs: 60_000 });
  };
  const progress = async (jobId: string) => (await hub.query<{ state: string; processed_through: number; accepted: number }>('SELECT state, processed_through, accepted FROM bulk_jobs WHERE id = $1', [jobId]))[0]!;

  const upload = async (prefix: string) => {
    const file = Array.from({ length: LINES }, (_, i) => JSON.stringify({ ...DEMO_CLAIM, reference: `${prefix}-${i + 1}`, lines: [{ serial: `${prefix}-SN-${i + 1}`, model: 'U6-Pro' }] })).join('\n');
    const response = await fetch(`${gatewayUrl}/v1/bulk/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.keyOf('reseller-alpha')}`, 'content-type': 'application/x-ndjson' },
      body: file,
    });
    expect(response.status).toBe(202);
    return ((await response.json()) as { jobId: string }).jobId;
  };

  it('resumes after a crash and accepts every line exactly once', async () => {
    await startGateway();
    const jobId = await upload('CRASH');

    await eventually(async () => expect((await progress(jobId)).processed_through).toBeGreaterThan(0), { intervalMs: 20 });
    await gateway!.crash();
    const cut = await progress(jobId);
    expect(cut.state).toBe('running');
    expect(cut.processed_through).toBeLessThan(LINES);
    expect(cut.accepted).toBe(cut.processed_through);

    await startGateway();
    await eventually(async () => expect((await progress(jobId)).state).toBe('done'), { timeoutMs: 90_000 });
    const [counts] = await hub.query<{ claims: number; distinct_refs: number; events: number; announced: number }>(
      `SELECT count(*)::int AS claims, count(DISTINCT h.reference)::int AS distinct_refs,
              (SELECT count(*)::int FROM claim_events) AS events,
              (SELECT count(*)::int FROM outbox_messages WHERE topic = 'rma.claim.submitted.v1') AS announced
       FROM claims c JOIN claim_hops h ON h.claim_id = c.id AND h.role = 'reseller'`,
    );
    expect(counts).toEqual({ claims: LINES, distinct_refs: LINES, events: LINES, announced: LINES });
    expect((await progress(jobId)).accepted).toBe(LINES);
  });

  it('stopped cleanly, gives the job back at once instead of holding its lease', async () => {
    // A lease far longer than the test: the next gateway can continue only if this one gave it back.
    const holdForever = { BULK_LEASE_MS: '3600000' };
    await startGateway(holdForever);
    const jobId = await upload('DRAIN');
    await eventually(async () => expect((await progress(jobId)).processed_through).toBeGreaterThan(0), { intervalMs: 20 });
    await gateway!.kill();
    expect(await gateway!.exited).toBe(0);
    const [given] = await hub.query<{ state: string; processed_through: number; accepted: number; lease_until: Date | null }>(
      'SELECT state, processed_through, accepted, lease_until FROM bulk_jobs WHERE id = $1',
      [jobId],
    );
    expect(given).toMatchObject({ state: 'running', lease_until: null });
    expect(given!.processed_through).toBeLessThan(LINES);
    expect(given!.accepted).toBe(given!.processed_through);

    await startGateway(holdForever);
    await eventually(async () => expect((await progress(jobId)).state).toBe('done'), { timeoutMs: 90_000 });
    expect((await progress(jobId)).accepted).toBe(LINES);
  });
});
