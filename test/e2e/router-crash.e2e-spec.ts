import { apiAs, DEMO_CLAIM as demoClaim, eventually, startServiceProcess, startTestHub, type ServiceProcess, type TestHub } from '@rma-hub/testing';

describe('the router killed between its database commit and its Kafka offset commit', () => {
  let hub: TestHub;
  let router: ServiceProcess | undefined;

  beforeAll(async () => {
    // Everything but the router runs in this process; the router is a real process of its own.
    hub = await startTestHub({ gateway: true, webhooks: true, connectors: true, notifier: true, router: false });
  });
  afterAll(async () => {
    await router?.kill();
    await hub?.close();
  });

  it('restarts into no duplicate timeline event and no second portal call', async () => {
    router = startServiceProcess('router', { ...hub.serviceEnv, FAULT_KILL_AT: 'rma-hub.router.after-commit' });
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    const submitted = await reseller.post('/v1/claims', demoClaim);
    expect(submitted.status).toBe(201);

    // The router applied claim.submitted (committed to PostgreSQL) and died before committing the offset.
    expect(await router.exited).toBe('SIGKILL');
    const [afterCrash] = await hub.query<{ status: string }>('SELECT status FROM claims WHERE id = $1', [submitted.body.id]);
    expect(afterCrash!.status).toBe('forwarded');

    router = startServiceProcess('router', hub.serviceEnv);
    await eventually(async () => expect((await reseller.get(`/v1/claims/${submitted.body.id}`)).body.status).toBe('authorized'), {
      timeoutMs: 90_000,
    });

    const timeline = (await reseller.get(`/v1/claims/${submitted.body.id}/events`)).body.events;
    expect(timeline.map((event: { to: string }) => event.to)).toEqual(['submitted', 'forwarded', 'authorized']);
    const requests = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'rma.portal.rma-requested.v1'");
    expect(requests[0]!.n).toBe(1);
    expect(hub.demo.simulator.stats.ubiquiti).toMatchObject({ createCalls: 1, rmasOpened: 1 });
  });
});

describe('the router killed in the middle of a batch, its transaction open', () => {
  let hub: TestHub;
  let router: ServiceProcess | undefined;
  const CLAIMS = 8;

  beforeAll(async () => {
    hub = await startTestHub({ gateway: true, webhooks: true, connectors: true, notifier: true, router: false });
  });
  afterAll(async () => {
    await router?.kill();
    await hub?.close();
  });

  it('changes nothing, and the restarted router applies every message of the batch once', async () => {
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    const ids: string[] = [];
    // Submitted while no router runs, so they wait on the topic and the router's first fetch takes them together.
    for (let n = 0; n < CLAIMS; n += 1) {
      const submitted = await reseller.post('/v1/claims', { ...demoClaim, reference: `MIDBATCH-${n}`, lines: [{ serial: `MIDBATCH-SN-${n}`, model: 'U6-Pro' }] });
      expect(submitted.status).toBe(201);
      ids.push(submitted.body.id);
    }
    await eventually(async () => {
      const [pending] = await hub.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL');
      expect(pending!.n).toBe(0);
    });

    router = startServiceProcess('router', { ...hub.serviceEnv, FAULT_KILL_AT: 'rma-hub.router.mid-batch' });
    expect(await router.exited).toBe('SIGKILL');
    // Partitions are worked side by side: a partition holding one claim may have committed before the
    // kill, but the batch of several in flight left nothing behind, neither effect nor inbox row.
    const [afterCrash] = await hub.query<{ waiting: number; routed: number }>(
      "SELECT count(*) FILTER (WHERE status = 'submitted')::int AS waiting, count(*) FILTER (WHERE status <> 'submitted')::int AS routed FROM claims WHERE id = ANY($1::uuid[])",
      [ids],
    );
    expect(afterCrash!.waiting).toBeGreaterThanOrEqual(2);
    const [inbox] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM processed_messages WHERE consumer = 'rma-hub.router'");
    expect(inbox!.n).toBe(afterCrash!.routed);

    router = startServiceProcess('router', hub.serviceEnv);
    await eventually(
      async () => {
        const [left] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE id = ANY($1::uuid[]) AND status <> 'authorized'", [ids]);
        expect(left!.n).toBe(0);
      },
      { timeoutMs: 90_000 },
    );
    const timelines = await hub.query<{ statuses: string[] }>(
      'SELECT array_agg(to_status ORDER BY seq) AS statuses FROM claim_events WHERE claim_id = ANY($1::uuid[]) GROUP BY claim_id',
      [ids],
    );
    expect(timelines.map((timeline) => timeline.statuses)).toEqual(Array.from({ length: CLAIMS }, () => ['submitted', 'forwarded', 'authorized']));
    expect(hub.demo.simulator.stats.ubiquiti).toMatchObject({ createCalls: CLAIMS, rmasOpened: CLAIMS });
  });
});
