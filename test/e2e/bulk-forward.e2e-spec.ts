import { apiAs, DEMO_CLAIM, eventually, useTestHub, type TestHub } from '@rma-hub/testing';

type Portal = 'ubiquiti' | 'grandstream' | 'innovaphone';

const shipTo = { name: 'Alpha Networks', street: '3 Quai de Valmy', postalCode: '75010', city: 'Paris', country: 'FR' };

/** A complete claim for `manufacturer` with `devices` units, valid for that portal's rules. */
function claimFor(manufacturer: Portal, reference: string, devices: number) {
  const models = { ubiquiti: 'U6-Pro', grandstream: 'GXP2170', innovaphone: 'IP112' };
  return {
    ...DEMO_CLAIM,
    reference,
    manufacturer,
    ...(manufacturer === 'grandstream' ? { supportTicket: `GS-${reference.replace(/\D/g, '').padStart(6, '7')}` } : {}),
    ...(manufacturer === 'innovaphone' ? { portalAccountId: 'IPACC-00417', shipTo } : {}),
    lines: Array.from({ length: devices }, (_, unit) => ({ serial: `${reference}-U${unit + 1}`, model: models[manufacturer] })),
  };
}

async function simulator(hub: TestHub, method: string, path: string, body: object) {
  const response = await fetch(`${hub.demo.simulatorUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(204);
}

describe('bulk forward: a distributor forwards many reviewed claims to their manufacturers in one call', () => {
  const testHub = useTestHub({ env: { BULK_BATCH_SIZE: '4', PORTAL_RETRY_INITIAL_DELAY_MS: '50', PORTAL_REQUEUE_DELAY_MS: '200' } });
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const distributor = () => apiAs(testHub().url, testHub().keyOf('distri-west'));
  const stats = () => testHub().demo.simulator.stats;

  beforeAll(async () => {
    await testHub().changeNetwork("UPDATE parties SET reviews_claims = true WHERE id = 'distri-west'");
  });

  /** Submits the claims and waits until each waits for the distributor's review. */
  async function claimsInReview(claims: ReturnType<typeof claimFor>[]): Promise<string[]> {
    const ids: string[] = [];
    for (const claim of claims) {
      const response = await reseller().post('/v1/claims', claim);
      expect(response.status).toBe(201);
      ids.push(response.body.id);
    }
    await eventually(async () => {
      const statuses = await Promise.all(ids.map(async (id) => (await reseller().get(`/v1/claims/${id}`)).body.status));
      expect(statuses.every((status) => status === 'in_review')).toBe(true);
    });
    return ids;
  }

  async function finishedJob(jobId: string) {
    return eventually(async () => {
      const job = (await distributor().get(`/v1/bulk/${jobId}`)).body;
      expect(job.state).toBe('done');
      return job;
    });
  }

  async function allOutcomes(jobId: string) {
    const items: { line: number; claimId: string; manufacturer: string; outcome: string; detail: string | null; status: string; upstream: string }[] = [];
    let after = 0;
    for (;;) {
      const page = (await distributor().get(`/v1/bulk/${jobId}/outcomes?after=${after}&limit=5`)).body;
      items.push(...page.items);
      if (page.nextAfter === null) return items;
      after = page.nextAfter;
    }
  }

  it('forwards claims for all three portals exactly once, while the simulator throttles Ubiquiti', async () => {
    const plan: [Portal, number][] = [
      ['ubiquiti', 1], ['ubiquiti', 2], ['ubiquiti', 1], ['ubiquiti', 1], ['ubiquiti', 1], ['ubiquiti', 1],
      ['grandstream', 1], ['grandstream', 2], ['grandstream', 1],
      ['innovaphone', 1], ['innovaphone', 2], ['innovaphone', 1],
    ];
    const ids = await claimsInReview(plan.map(([portal, devices], index) => claimFor(portal, `FWD-${index + 1}`, devices)));
    const before = { ubiquiti: stats().ubiquiti.rmasOpened, grandstream: stats().grandstream.rmasOpened, innovaphone: stats().innovaphone.rmasOpened, ubiquitiCalls: stats().ubiquiti.calls.length };
    await simulator(testHub(), 'PUT', '/_sim/ubiquiti/rate-limit', { requestsPerSecond: 2 });

    const accepted = await distributor().post('/v1/bulk/forward', { filter: {} }, { 'idempotency-key': 'forward-all-1' });
    expect(accepted.status).toBe(202);
    expect(accepted.body.received).toBe(12);
    const job = await finishedJob(accepted.body.jobId);
    expect(job.kind).toBe('forward');
    expect(job.counts).toMatchObject({ received: 12, accepted: 12, rejected: 0, done: 12 });

    // Every claim reaches its manufacturer, one upstream RMA per device where the portal takes one device per RMA.
    await eventually(
      async () => {
        const claims = await Promise.all(ids.map(async (id) => (await distributor().get(`/v1/claims/${id}`)).body));
        expect(claims.map((claim) => claim.status)).toEqual(ids.map(() => 'authorized'));
      },
      { timeoutMs: 60_000 },
    );
    await simulator(testHub(), 'PUT', '/_sim/ubiquiti/rate-limit', { requestsPerSecond: null });
    const ubiquitiCalls = stats().ubiquiti.calls.slice(before.ubiquitiCalls);
    expect(ubiquitiCalls.filter((call) => call.outcome === 'throttle').length).toBeGreaterThan(0);
    expect(stats().ubiquiti.rmasOpened - before.ubiquiti).toBe(7);
    expect(stats().grandstream.rmasOpened - before.grandstream).toBe(3);
    expect(stats().innovaphone.rmasOpened - before.innovaphone).toBe(4);
    const rmaPerLine = await testHub().query<{ rma: string | null }>('SELECT upstream_rma AS rma FROM claim_lines WHERE claim_id = ANY($1::uuid[])', [ids]);
    expect(rmaPerLine).toHaveLength(plan.reduce((sum, [, devices]) => sum + devices, 0));
    expect(rmaPerLine.every((line) => line.rma !== null)).toBe(true);
    const requests = await testHub().query<{ n: number }>('SELECT count(*)::int AS n FROM portal_requests WHERE claim_id = ANY($1::uuid[])', [ids]);
    expect(requests[0]!.n).toBe(12);

    // The job reports per manufacturer and per claim, grouped by manufacturer.
    const tally = (await distributor().get(`/v1/bulk/${accepted.body.jobId}`)).body.manufacturers;
    expect(tally).toEqual([
      { manufacturer: 'grandstream', forwarded: 3, refused: 0, rmaOpened: 3, waiting: 0, refusedByPortal: 0 },
      { manufacturer: 'innovaphone', forwarded: 3, refused: 0, rmaOpened: 3, waiting: 0, refusedByPortal: 0 },
      { manufacturer: 'ubiquiti', forwarded: 6, refused: 0, rmaOpened: 6, waiting: 0, refusedByPortal: 0 },
    ]);
    const outcomes = await allOutcomes(accepted.body.jobId);
    expect(outcomes.map((outcome) => outcome.line)).toEqual(ids.map((_, index) => index + 1));
    expect(outcomes.map((outcome) => outcome.manufacturer)).toEqual([...plan.map(([portal]) => portal)].sort());
    expect(new Set(outcomes.map((outcome) => outcome.claimId))).toEqual(new Set(ids));
    expect(outcomes.every((outcome) => outcome.outcome === 'forwarded' && outcome.status === 'authorized' && outcome.upstream === 'opened')).toBe(true);

    // Forwarding again forwards nothing twice: the same key answers with the same job, a new one finds nothing left to review.
    const sameKey = await distributor().post('/v1/bulk/forward', { filter: {} }, { 'idempotency-key': 'forward-all-1' });
    expect(sameKey.body.jobId).toBe(accepted.body.jobId);
    const again = await distributor().post('/v1/bulk/forward', { filter: {} });
    expect(again.body.received).toBe(0);
    expect((await finishedJob(again.body.jobId)).counts).toMatchObject({ received: 0, accepted: 0 });
  });

  it('reports each claim it could not forward, with the reason, and forwards the rest', async () => {
    const [inReview] = await claimsInReview([claimFor('ubiquiti', 'FWD-MIX-1', 1)]);
    const [alreadyForwarded] = await claimsInReview([claimFor('grandstream', 'FWD-MIX-2', 1)]);
    expect((await distributor().post(`/v1/claims/${alreadyForwarded}/actions/forward`, {})).status).toBe(200);
    const unknown = '00000000-0000-4000-8000-000000000000';

    const accepted = await distributor().post('/v1/bulk/forward', { claims: [alreadyForwarded, unknown, inReview] });
    expect(accepted.status).toBe(202);
    const job = await finishedJob(accepted.body.jobId);
    expect(job.counts).toMatchObject({ received: 3, accepted: 1, rejected: 2 });
    expect(job.errors.items).toEqual([
      { line: 1, pointer: '/claims/0', detail: expect.stringContaining('forwarded') },
      { line: 2, pointer: '/claims/1', detail: 'Claim not found' },
    ]);
    const outcomes = await allOutcomes(accepted.body.jobId);
    expect(outcomes.map(({ line, claimId, manufacturer, outcome }) => ({ line, claimId, manufacturer, outcome }))).toEqual([
      { line: 1, claimId: alreadyForwarded, manufacturer: 'grandstream', outcome: 'refused' },
      { line: 2, claimId: unknown, manufacturer: null, outcome: 'refused' },
      { line: 3, claimId: inReview, manufacturer: 'ubiquiti', outcome: 'forwarded' },
    ]);
    await eventually(async () => expect((await distributor().get(`/v1/claims/${inReview}`)).body.status).toBe('authorized'));
  });

  it("tells a distributor nothing about a claim off its chain that it names in a forward", async () => {
    const [foreign] = await claimsInReview([claimFor('ubiquiti', 'FWD-FOREIGN-1', 1)]);
    const east = apiAs(testHub().url, testHub().keyOf('distri-east'));
    const accepted = await east.post('/v1/bulk/forward', { claims: [foreign] });
    expect(accepted.status).toBe(202);
    await eventually(async () => expect((await east.get(`/v1/bulk/${accepted.body.jobId}`)).body.state).toBe('done'));
    const job = (await east.get(`/v1/bulk/${accepted.body.jobId}`)).body;
    expect(job.errors.items).toEqual([{ line: 1, pointer: '/claims/0', detail: 'Claim not found' }]);
    expect(job.manufacturers).toEqual([{ manufacturer: null, forwarded: 0, refused: 1, rmaOpened: 0, waiting: 0, refusedByPortal: 0 }]);
    const outcomes = (await east.get(`/v1/bulk/${accepted.body.jobId}/outcomes`)).body.items;
    // Exactly what a claim that does not exist gives: no status, no portal progress, no manufacturer.
    expect(outcomes).toEqual([{ line: 1, claimId: foreign, manufacturer: null, outcome: 'refused', detail: 'Claim not found', status: null, upstream: 'none' }]);
    expect((await distributor().get(`/v1/claims/${foreign}`)).body.status).toBe('in_review');
  });

  it('refuses a malformed request naming the field, and anyone but a distributor', async () => {
    const bad = await distributor().post('/v1/bulk/forward', { claims: ['not-a-uuid', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { pointer: '/claims/0', detail: 'must be a claim id (a UUID)' },
      { pointer: '/claims/2', detail: 'already listed at /claims/1' },
    ]);
    expect((await distributor().post('/v1/bulk/forward', { claims: [], filter: {} })).status).toBe(400);
    const byReseller = await reseller().post('/v1/bulk/forward', { filter: {} });
    expect(byReseller.status).toBe(403);
  });

  it('spaces its calls to a portal by the rate limit the network declares for it', async () => {
    await testHub().changeNetwork("UPDATE manufacturer_channels SET max_requests_per_second = 3 WHERE manufacturer_id = 'ubiquiti'");
    await simulator(testHub(), 'PUT', '/_sim/ubiquiti/rate-limit', { requestsPerSecond: 4 });
    const ids = await claimsInReview(Array.from({ length: 6 }, (_, index) => claimFor('ubiquiti', `FWD-PACE-${index + 1}`, 1)));
    const firstCall = stats().ubiquiti.calls.length;

    const accepted = await distributor().post('/v1/bulk/forward', { claims: ids });
    await finishedJob(accepted.body.jobId);
    await eventually(async () => {
      const statuses = await Promise.all(ids.map(async (id) => (await distributor().get(`/v1/claims/${id}`)).body.status));
      expect(statuses.every((status) => status === 'authorized')).toBe(true);
    });

    const calls = stats().ubiquiti.calls.slice(firstCall);
    expect(calls.map((call) => call.outcome)).toEqual(ids.map(() => 'ok'));
    // Six calls booked a third of a second apart span at least 5/3 s (less a little for when each request left).
    expect(calls.at(-1)!.at - calls[0]!.at).toBeGreaterThanOrEqual(1_500);
  });
});
