import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_CLAIM, eventually, freePort, scrapeMetrics, startServiceProcess, startTestHub, type ServiceProcess, type TestHub } from '@rma-hub/testing';

const CLAIMS = 60;
const PER_SECOND = 20;

describe('two routers and two connectors on one consumer group each, under load', () => {
  let hub: TestHub;
  const routers: { process: ServiceProcess; url: string }[] = [];
  const connectors: ServiceProcess[] = [];

  beforeAll(async () => {
    // The gateway, webhooks and notifier in this process; the routers and connectors are processes of their own.
    hub = await startTestHub({ gateway: true, webhooks: true, notifier: true, router: false, connectors: false });
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      routers.push({ process: startServiceProcess('router', { ...hub.serviceEnv, HTTP_PORT: String(port) }), url: `http://127.0.0.1:${port}` });
      connectors.push(startServiceProcess('connectors', hub.serviceEnv));
    }
    // Both routers are members before the load starts, so the partitions are split between them.
    for (const router of routers) {
      await eventually(async () => expect((await fetch(`${router.url}/readyz`)).status).toBe(200), { timeoutMs: 60_000 });
    }
  });
  afterAll(async () => {
    await Promise.all([...routers.map((router) => router.process.kill()), ...connectors.map((connector) => connector.kill())]);
    await hub?.close();
  });

  it('routes and authorizes every claim exactly once, the work split between the routers', async () => {
    const key = hub.keyOf('reseller-alpha');
    const ids: string[] = [];
    for (let n = 0; n < CLAIMS; n += 1) {
      const response = await fetch(`${hub.url}/v1/claims`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...DEMO_CLAIM, reference: `SCALE-${n}`, lines: [{ serial: `SCALE-SN-${n}`, model: 'U6-Pro' }] }),
      });
      expect(response.status).toBe(201);
      ids.push(((await response.json()) as { id: string }).id);
      await sleep(1000 / PER_SECOND);
    }
    await eventually(
      async () => {
        const [left] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE id = ANY($1::uuid[]) AND status <> 'authorized'", [ids]);
        expect(left!.n).toBe(0);
      },
      { timeoutMs: 120_000 },
    );

    const timelines = await hub.query<{ statuses: string[] }>('SELECT array_agg(to_status ORDER BY seq) AS statuses FROM claim_events WHERE claim_id = ANY($1::uuid[]) GROUP BY claim_id', [ids]);
    expect(timelines).toHaveLength(CLAIMS);
    expect(new Set(timelines.map((timeline) => timeline.statuses.join(' → ')))).toEqual(new Set(['submitted → forwarded → authorized']));
    expect(hub.demo.simulator.stats.ubiquiti).toMatchObject({ createCalls: CLAIMS, rmasOpened: CLAIMS });
    const [requests] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM portal_requests WHERE claim_id = ANY($1::uuid[]) AND state = 'done'", [ids]);
    expect(requests!.n).toBe(CLAIMS);

    // Each claim.submitted was applied by one router: the two counts add up to the claims, and both took part.
    const applied = await Promise.all(
      routers.map(async (router) => (await scrapeMetrics(router.url)).value('rmahub_consumer_messages_total', { consumer: 'rma-hub.router', topic: 'rma.claim.submitted.v1', outcome: 'processed' }) ?? 0),
    );
    expect(applied.reduce((sum, count) => sum + count, 0)).toBe(CLAIMS);
    expect(Math.min(...applied)).toBeGreaterThan(0);
  });
});
