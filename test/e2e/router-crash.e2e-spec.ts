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
