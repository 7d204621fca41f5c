import { apiAs, eventually, startServiceProcess, useTestHub, type ServiceProcess } from '@rma-hub/testing';

interface Instance {
  service: string;
  instance: string;
  startedAt: string;
  lastSeenAt: string;
  state: 'up' | 'not_ready' | 'stale';
  checks: Record<string, string>;
  figures: Record<string, number>;
}

const HEARTBEAT_INTERVAL_MS = '200';
const SERVICES = ['connectors', 'gateway', 'notifier', 'router', 'webhooks'];

/**
 * Every service instance reports its health to PostgreSQL and the gateway lists them for operators
 * (`GET /v1/admin/services`): the one-process hub's five services, and services run as processes of
 * their own, one crashed (it turns stale) and one stopped cleanly (its rows go).
 */
describe('the services’ health, reported through the database', () => {
  const testHub = useTestHub({ env: { HEARTBEAT_INTERVAL_MS } });
  const operator = () => apiAs(testHub().url, testHub().keyOf('hub-operator'));
  const instances = async (): Promise<Instance[]> => {
    const answer = await operator().get('/v1/admin/services');
    expect(answer.status).toBe(200);
    return answer.body.services;
  };
  const processes: ServiceProcess[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((one) => one.kill()));
  });

  it('lists every service of the running hub as up, with its checks and figures, renewed every interval', async () => {
    const hubRows = await eventually(async () => {
      const rows = await instances();
      expect(rows.map((row) => row.service).sort()).toEqual(SERVICES);
      expect(rows.map((row) => row.state)).toEqual(SERVICES.map(() => 'up'));
      return rows;
    });
    // One process hosts them all: one instance, the same checks (database, Kafka, each consumer's group).
    expect(new Set(hubRows.map((row) => row.instance)).size).toBe(1);
    const [first] = hubRows;
    expect(first!.checks).toMatchObject({ database: 'up', kafka: 'up' });
    expect(Object.values(first!.checks).every((verdict) => verdict === 'up')).toBe(true);
    expect(first!.figures.rssBytes).toBeGreaterThan(0);
    expect(first!.figures.httpRequests).toBeGreaterThanOrEqual(0);
    expect(first!.figures.outboxBacklog).toBeGreaterThanOrEqual(0);
    expect(Date.parse(first!.startedAt)).toBeLessThanOrEqual(Date.parse(first!.lastSeenAt));

    await eventually(async () => {
      const again = (await instances()).find((row) => row.service === first!.service)!;
      expect(Date.parse(again.lastSeenAt)).toBeGreaterThan(Date.parse(first!.lastSeenAt));
    });
  });

  it('refuses every other role', async () => {
    for (const party of ['reseller-alpha', 'distri-west', 'ad-notam']) {
      const answer = await apiAs(testHub().url, testHub().keyOf(party)).get('/v1/admin/services');
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('AUTH.OPERATOR_ONLY');
    }
  });

  it('shows a crashed instance as stale, and forgets one stopped cleanly', async () => {
    const env = { ...testHub().serviceEnv, HEARTBEAT_INTERVAL_MS };
    const crashing = startServiceProcess('router', env);
    const stopping = startServiceProcess('notifier', env);
    processes.push(crashing, stopping);
    const hubInstance = (rows: Instance[]) => rows.find((row) => row.service === 'gateway')!.instance;
    const ownProcess = (rows: Instance[], service: string) => rows.filter((row) => row.service === service && row.instance !== hubInstance(rows));

    const [router, notifier] = await eventually(
      async () => {
        const rows = await instances();
        return [ownProcess(rows, 'router'), ownProcess(rows, 'notifier')].map((matches) => {
          expect(matches).toHaveLength(1);
          expect(matches[0]!.state).toBe('up');
          return matches[0]!;
        });
      },
      { timeoutMs: 90_000 },
    );
    expect(router!.instance).toContain(`:${crashing.child.pid}:`);
    expect(notifier!.instance).toContain(`:${stopping.child.pid}:`);

    await crashing.crash();
    await stopping.kill();
    const rows = await eventually(async () => {
      const now = await instances();
      expect(now.find((row) => row.instance === router!.instance)?.state).toBe('stale');
      expect(now.some((row) => row.instance === notifier!.instance)).toBe(false);
      return now;
    });
    // The crashed instance keeps its last report; the hub's own services are still up beside it.
    expect(rows.find((row) => row.instance === router!.instance)!.checks).toMatchObject({ database: 'up', kafka: 'up' });
    expect(rows.filter((row) => row.instance === hubInstance(rows)).map((row) => row.state)).toEqual(SERVICES.map(() => 'up'));
  });
});
