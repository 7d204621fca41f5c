import { apiAs, DEMO_CLAIM, eventually, freePort, scrapeMetrics, startServiceProcess, ubiquitiReports, useSubscriber, useTestHub, type ServiceProcess } from '@rma-hub/testing';

describe('/metrics', () => {
  const testHub = useTestHub({ env: { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true' } });
  const subscriber = useSubscriber();
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));

  it("counts one claim's journey: submitted, its transitions, the portal call, the deliveries, the requests", async () => {
    const before = await scrapeMetrics(testHub().url);
    expect(before.value('rmahub_claims_submitted_total')).toBeUndefined();

    expect((await as('reseller-alpha').post('/v1/subscriptions', { url: subscriber.url() })).status).toBe(201);
    const submitted = await as('reseller-alpha').post('/v1/claims', DEMO_CLAIM);
    expect(submitted.status).toBe(201);
    const claim = await eventually(async () => {
      const current = await as('reseller-alpha').get(`/v1/claims/${submitted.body.id}`);
      expect(current.body.status).toBe('authorized');
      return current.body;
    });
    await ubiquitiReports(testHub(), claim.lines[0].rmaNumber, { status: 'RECEIVED' });
    await eventually(async () => expect(subscriber.received.length).toBe(3));

    const after = await eventually(async () => {
      const scrape = await scrapeMetrics(testHub().url);
      expect(scrape.value('rmahub_deliveries_total', { subscriber: 'reseller-alpha', outcome: 'delivered' })).toBe(3);
      return scrape;
    });
    expect(after.value('rmahub_claims_submitted_total', { manufacturer: 'ubiquiti' })).toBe(1);
    for (const [from, to] of [['submitted', 'forwarded'], ['forwarded', 'authorized'], ['authorized', 'received']]) {
      expect({ from, to, count: after.value('rmahub_claim_transitions_total', { from: from!, to: to! }) }).toEqual({ from, to, count: 1 });
    }
    expect(after.value('rmahub_portal_calls_total', { portal: 'ubiquiti', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(after.families.find((family) => family.name === 'rmahub_portal_call_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(after.value('rmahub_portal_circuit_state', { portal: 'ubiquiti', state: 'closed' })).toBe(1);
    expect(after.value('rmahub_portal_circuit_state', { portal: 'ubiquiti', state: 'open' })).toBe(0);
    expect(after.value('rmahub_http_requests_total', { method: 'POST', route: '/v1/claims', status: '201' })).toBe(1);
    expect(after.value('rmahub_http_requests_total', { method: 'GET', route: '/v1/claims/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(after.value('rmahub_consumer_messages_total', { consumer: 'rma-hub.router', topic: 'rma.claim.submitted.v1', outcome: 'processed' })).toBe(1);
    expect(after.value('rmahub_consumer_messages_total', { consumer: 'rma-hub.notifier', outcome: 'processed' })).toBe(3);
    expect(after.value('rmahub_claims', { status: 'received' })).toBe(1);
    expect(after.value('rmahub_deliveries_owed', { subscriber: 'reseller-alpha' })).toBe(0);
    expect(after.value('rmahub_timers_due')).toBe(0);
    expect(after.value('rmahub_outbox_backlog_messages')).toBeGreaterThanOrEqual(0);
    // Every partition of every consumed topic has a lag sample; the journey's messages are all committed.
    await eventually(async () => expect((await scrapeMetrics(testHub().url)).value('rmahub_consumer_lag_messages', { consumer: 'rma-hub.router' })).toBe(0));
  });

  it('labels requests by route template, never by a claim id', async () => {
    await as('reseller-alpha').get('/v1/claims/00000000-0000-4000-8000-000000000000');
    await fetch(`${testHub().url}/no/such/path`);
    const scrape = await scrapeMetrics(testHub().url);
    const routes = new Set(scrape.families.find((family) => family.name === 'rmahub_http_requests_total')!.metrics.map((sample) => sample.labels?.route ?? ''));
    expect(routes).toContain('unmatched');
    expect([...routes].filter((route) => /[0-9a-f]{8}-/.test(route))).toEqual([]);
  });

  describe('on every service run as its own process', () => {
    const services = ['gateway', 'webhooks', 'router', 'connectors', 'notifier'];
    const running: { name: string; url: string; process: ServiceProcess }[] = [];
    beforeAll(async () => {
      for (const name of services) {
        const port = await freePort();
        running.push({ name, url: `http://127.0.0.1:${port}`, process: startServiceProcess(name, { ...testHub().serviceEnv, HTTP_PORT: String(port) }) });
      }
    });
    afterAll(() => Promise.all(running.map(({ process }) => process.kill())));

    it('answers Prometheus text that parses, with the process metrics and its own', async () => {
      for (const { name, url } of running) {
        await eventually(() => scrapeMetrics(url), { timeoutMs: 60_000 });
        // The second scrape counts the first.
        const scrape = await scrapeMetrics(url);
        expect({ name, memory: scrape.value('rmahub_process_resident_memory_bytes')! > 0 }).toEqual({ name, memory: true });
        expect({ name, scrapes: scrape.value('rmahub_http_requests_total', { method: 'GET', route: '/metrics', status: '200' })! >= 1 }).toEqual({ name, scrapes: true });
      }
      const router = await scrapeMetrics(running.find(({ name }) => name === 'router')!.url);
      expect(router.families.some((family) => family.name === 'rmahub_claims')).toBe(true);
      const connectors = running.find(({ name }) => name === 'connectors')!.url;
      await eventually(async () => expect((await scrapeMetrics(connectors)).value('rmahub_consumer_lag_messages', { consumer: 'rma-hub.connectors' })).toBeDefined());
    });
  });
});
