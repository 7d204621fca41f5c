import { createTestDatabase, eventually, freePort, startServiceProcess, testEnv, type ServiceProcess, type TestDatabase } from '@rma-hub/testing';
import { startOwnBroker, type OwnBroker } from '../harness/own-broker';
import { startTcpProxy, type TcpProxy } from '../harness/tcp-proxy';

/**
 * Every service, each in its own process, on a broker of this file's own and behind a proxy to
 * PostgreSQL, so both can vanish and come back under them: `/readyz` follows, without a restart.
 */
const SERVICES = ['gateway', 'webhooks', 'router', 'connectors', 'notifier'] as const;

interface Readiness {
  status: number;
  body: { checks?: Record<string, string>; detail?: string };
}

let broker: OwnBroker;
let proxy: TcpProxy;
let database: TestDatabase;
const running: { name: string; url: string; process: ServiceProcess }[] = [];

const readiness = async (url: string): Promise<Readiness> => {
  const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as Readiness['body'] };
};

/** Waits until every service answers `status`, then gives each one's answer. */
const everyService = (status: number, timeoutMs: number) =>
  eventually(
    async () => {
      const answers = await Promise.all(running.map(async ({ name, url }) => ({ name, ...(await readiness(url)) })));
      const others = answers.filter((answer) => answer.status !== status);
      if (others.length > 0) throw new Error(`not yet ${status}: ${others.map((answer) => `${answer.name} ${answer.status} ${JSON.stringify(answer.body.checks)}`).join('; ')}`);
      return answers;
    },
    { timeoutMs, intervalMs: 250 },
  );

beforeAll(async () => {
  broker = startOwnBroker('readiness');
  database = await createTestDatabase(testEnv().postgresUrl);
  const postgres = new URL(database.url);
  proxy = await startTcpProxy({ host: postgres.hostname, port: Number(postgres.port || 5432) });
  postgres.port = String(proxy.port);
  for (const name of SERVICES) {
    const port = await freePort();
    const env = { DATABASE_URL: postgres.toString(), DATABASE_POOL_SIZE: '2', KAFKA_BROKERS: broker.brokers, HTTP_PORT: String(port), LOG_LEVEL: 'silent' };
    running.push({ name, url: `http://127.0.0.1:${port}`, process: startServiceProcess(name, env) });
  }
  await everyService(200, 120_000);
}, 180_000);

afterAll(async () => {
  await Promise.all(running.map(({ process }) => process.crash()));
  await proxy?.close();
  await database?.drop();
  broker?.remove();
});

test('every service is ready once PostgreSQL, the broker and its consumer group answer', async () => {
  const answers = await everyService(200, 10_000);
  for (const answer of answers) {
    expect(answer.body.checks).toMatchObject({ database: 'up', kafka: 'up' });
  }
  const router = answers.find((answer) => answer.name === 'router');
  expect(router?.body.checks).toEqual({ database: 'up', kafka: 'up', 'consumer rma-hub.router': 'up' });
});

test('the broker gone turns every service to 503 naming kafka, and its return back to 200 without a restart', async () => {
  broker.stop();
  const down = await everyService(503, 30_000);
  for (const answer of down) {
    expect(answer.body.checks?.kafka).toMatch(/^down: /);
    expect(answer.body.detail).toContain('kafka: down');
    expect(answer.body.checks?.database).toBe('up');
  }
  broker.start();
  await everyService(200, 120_000);
  expect(running.every(({ process }) => process.child.exitCode === null)).toBe(true);
}, 240_000);

test('PostgreSQL unreachable turns every service to 503 naming the database, and its return back to 200 without a restart', async () => {
  await proxy.cut();
  const down = await everyService(503, 30_000);
  for (const answer of down) {
    expect(answer.body.checks?.database).toMatch(/^down: /);
    expect(answer.body.detail).toContain('database: down');
  }
  await proxy.restore();
  await everyService(200, 60_000);
  expect(running.every(({ process }) => process.child.exitCode === null)).toBe(true);
}, 180_000);

test('a service stopping drains and exits cleanly', async () => {
  const router = running.find(({ name }) => name === 'router')!;
  await router.process.kill();
  expect(await router.process.exited).toBe(0);
});
