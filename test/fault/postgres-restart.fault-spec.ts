import { setTimeout as sleep } from 'node:timers/promises';
import { apiAs, eventually, freePort, startServiceProcess, startTestHub, useSubscriber, type ServiceProcess, type TestHub } from '@rma-hub/testing';
import { prepareTemplate } from '../harness/databases';
import { startOwnPostgres, type OwnPostgres } from '../harness/own-postgres';
import { recordFaultRow } from './fault-table';
import { auditLoad, describeAudit, startClaimLoad } from './load';

/**
 * The hub on a PostgreSQL server of this file's own, stopped for a few seconds under a steady
 * load of claims and started again. The router, connectors and notifier are processes of their
 * own (the gateway and webhook receiver run in the test's process, beside the portal simulator);
 * none is restarted: each must find the database again by itself. The load retries what was
 * refused with the same Idempotency-Key; each claim the API accepted must arrive exactly once.
 */
const DOWN_MS = 6_000;
const JOURNEY = ['submitted→forwarded', 'forwarded→authorized'];
const PROCESSES = ['router', 'connectors', 'notifier'] as const;

describe('fault: PostgreSQL stopped and started under load', () => {
  let postgres: OwnPostgres;
  let hub: TestHub;
  const services: { name: string; url: string; process: ServiceProcess }[] = [];
  const subscriber = useSubscriber();

  /** Waits until every service, in its process or in the test's, answers /readyz with `status`. */
  const everyServiceAnswers = (status: 200 | 503) =>
    eventually(
      async () => {
        const answers = await Promise.all(
          [{ name: 'gateway+webhooks', url: hub.url }, ...services].map(async ({ name, url }) => ({
            name,
            status: await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0),
          })),
        );
        const others = answers.filter((answer) => answer.status !== status);
        if (others.length > 0) throw new Error(`not yet ${status}: ${others.map((answer) => `${answer.name} ${answer.status}`).join(', ')}`);
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );

  beforeAll(async () => {
    postgres = await startOwnPostgres('restart');
    await prepareTemplate(postgres.url);
    const env = { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_RETRY_DELAY_MS: '50', PORTAL_REQUEUE_DELAY_MS: '200' };
    hub = await startTestHub({ gateway: true, webhooks: true, router: false, connectors: false, notifier: false }, env, { postgresUrl: postgres.url });
    for (const name of PROCESSES) {
      const port = await freePort();
      services.push({ name, url: `http://127.0.0.1:${port}`, process: startServiceProcess(name, { ...hub.serviceEnv, ...env, HTTP_PORT: String(port), LOG_LEVEL: 'silent' }) });
    }
    await everyServiceAnswers(200);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map(({ process }) => process.kill()));
    await hub?.close().catch(() => undefined);
    await postgres?.remove();
  }, 60_000);

  it('recovers every service by itself and counts every accepted claim, event, RMA and delivery exactly once', async () => {
    expect((await apiAs(hub.url, hub.keyOf('distri-west')).post('/v1/subscriptions', { url: subscriber.url() })).status).toBe(201);
    const rmasOpenedBefore = hub.demo.simulator.stats.ubiquiti.rmasOpened;

    const load = startClaimLoad(hub, { name: 'postgres-restart', perSecond: 3 });
    await sleep(4_000);
    await postgres.stop();
    load.phase('postgres down');
    // Each service notices: not ready while the database is gone.
    await everyServiceAnswers(503);
    await sleep(DOWN_MS);
    load.phase('postgres starting');
    await postgres.start();
    load.phase('postgres back');
    await everyServiceAnswers(200);
    await sleep(4_000);
    const outcome = await load.stop();

    expect(outcome.rejected).toEqual([]);
    expect(outcome.sentPerPhase['postgres down']).toBeGreaterThanOrEqual(10);
    // The load met the outage, and was told to come back: 503 with Retry-After (or no answer), never a 500.
    expect(outcome.refusals).toBeGreaterThan(0);
    expect([...new Set(outcome.accepted.flatMap((claim) => claim.refusals))].filter((answer) => answer !== '503' && answer !== 'network')).toEqual([]);
    const audit = await auditLoad(hub, outcome, { journey: JOURNEY, received: subscriber.received, rmasOpenedBefore });
    recordFaultRow({
      scenario: `PostgreSQL stopped (every service's /readyz 503, then ${DOWN_MS / 1000} s more) and started (pg_ctl -m fast) under 3 claims/s; router, connectors, notifier in processes of their own, none restarted: /readyz back to 200 by itself`,
      figures: describeAudit(audit, outcome, 'postgres down'),
      lost: audit.lost,
      duplicated: audit.duplicated,
    });
    expect(audit).toMatchObject({ lost: 0, duplicated: 0, faults: [] });
    expect(services.filter(({ process }) => process.child.exitCode !== null || process.child.signalCode !== null).map(({ name }) => name)).toEqual([]);
  }, 300_000);
});
