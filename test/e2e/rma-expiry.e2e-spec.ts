import { apiAs, DEMO_CLAIM as demoClaim, eventually, startServiceProcess, startTestHub, type ServiceProcess, type TestHub } from '@rma-hub/testing';

describe('an RMA that is never shipped', () => {
  let hub: TestHub;
  const routers: ServiceProcess[] = [];

  beforeAll(async () => {
    hub = await startTestHub({ gateway: true, webhooks: true, connectors: true, notifier: true, router: false });
  });
  afterAll(async () => {
    await Promise.all(routers.map((router) => router.kill()));
    await hub?.close();
  });

  it('expires on its timer after a router restart, fired once by two router instances', async () => {
    const env = { ...hub.serviceEnv, TIMER_POLL_MS: '100' };
    routers.push(startServiceProcess('router', env));
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    const id: string = (await reseller.post('/v1/claims', demoClaim)).body.id;
    await eventually(async () => expect((await reseller.get(`/v1/claims/${id}`)).body.status).toBe('authorized'), { timeoutMs: 90_000 });
    const [timer] = await hub.query<{ due_at: Date; rule: string }>("SELECT due_at, rule FROM claim_timers WHERE claim_id = $1 AND kind = 'rma_expiry'", [id]);
    expect(timer!.rule).toBe('rma_validity');
    const days = (timer!.due_at.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    await routers.pop()!.kill();
    // Thirty days pass while no router runs.
    await hub.query("UPDATE claim_timers SET due_at = now() - interval '1 minute' WHERE claim_id = $1", [id]);
    routers.push(startServiceProcess('router', env), startServiceProcess('router', env));

    await eventually(async () => expect((await reseller.get(`/v1/claims/${id}`)).body.status).toBe('expired'), { timeoutMs: 90_000 });
    const events = (await reseller.get(`/v1/claims/${id}/events`)).body.events;
    const expiries = events.filter((event: { to: string }) => event.to === 'expired');
    expect(expiries).toHaveLength(1);
    expect(expiries[0]).toMatchObject({ from: 'authorized', actor: { role: 'timer' }, data: { timer: 'rma_expiry', rule: 'rma_validity' } });
    const [fired] = await hub.query<{ n: number }>('SELECT count(*)::int AS n FROM claim_timers WHERE claim_id = $1 AND fired_at IS NOT NULL', [id]);
    expect(fired!.n).toBe(1);
  });
});
