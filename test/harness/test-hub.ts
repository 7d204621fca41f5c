import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { Client } from 'pg';
import { startDemoHub, type DemoHub } from '../../apps/all-in-one/src/demo-hub';
import type { HubModules } from '../../apps/all-in-one/src/hub';
import type { NetworkFile } from '@rma-hub/contracts';
import { applyNetwork, Database, NETWORK_CHANNEL } from '@rma-hub/persistence';
import { loadConfig, readNetworkFile, registerTracing } from '@rma-hub/platform';
import { createTestDatabase, type TestDatabase } from './databases';

export const DEMO_NETWORK_PATH = path.resolve(__dirname, '../../demo/network.yaml');

/** The README's sample claim (demo/claim.json): a complete, in-warranty Ubiquiti claim from reseller-alpha. */
export const DEMO_CLAIM: Record<string, unknown> = JSON.parse(readFileSync(path.resolve(__dirname, '../../demo/claim.json'), 'utf8'));

export interface TestHub {
  url: string;
  demo: DemoHub;
  network: NetworkFile;
  /** The environment a separately started service needs to join this hub (same DB, Kafka namespace). */
  serviceEnv: Record<string, string>;
  /** Every span the process finished, when the hub was started traced (services and simulator share one provider in it). */
  spans: InMemorySpanExporter | undefined;
  keyOf(partyId: string): string;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Applies a (changed) network file to the running hub, as `npm run network:apply` would; the portals stay where they are. */
  applyNetwork(network: NetworkFile): Promise<void>;
  /** Changes the network's rows by hand and announces it as applying a file does, so every process stops using what it cached. */
  changeNetwork(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  traced?: boolean;
  /** Another Kafka cluster than the shared broker, e.g. a test's own (test/harness/own-broker.ts). */
  kafkaBrokers?: string;
  /** Another PostgreSQL server than the shared one (its template database prepared with prepareTemplate). */
  postgresUrl?: string;
}

/**
 * A whole hub for one test file: its own database cloned from the migrated template, its own
 * Kafka namespace on the shared broker, the demo network and a portal simulator. Traced, it
 * records its spans in memory, the provider registered before anything starts.
 */
export async function startTestHub(modules?: HubModules, env: Record<string, string> = {}, options: TestHubOptions = {}): Promise<TestHub> {
  const spans = options.traced ? new InMemorySpanExporter() : undefined;
  const tracing = spans ? registerTracing({ serviceName: 'rma-hub-test', processor: new SimpleSpanProcessor(spans) }) : undefined;
  const database: TestDatabase = await createTestDatabase(options.postgresUrl ?? requiredEnv('RMA_TEST_POSTGRES_URL'));
  const serviceEnv = {
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    KAFKA_BROKERS: options.kafkaBrokers ?? requiredEnv('RMA_TEST_KAFKA_BROKERS'),
    KAFKA_NAMESPACE: `t${randomBytes(4).toString('hex')}.`,
    HTTP_PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    OUTBOX_POLL_MS: '25',
    ...env,
  };
  const network = await readNetworkFile(DEMO_NETWORK_PATH);
  const demo = await startDemoHub(loadConfig(serviceEnv), network, { modules });
  const client = new Client({ connectionString: database.url });
  // A test that restarts its own PostgreSQL ends this connection; that must not crash the run.
  client.on('error', () => undefined);
  await client.connect();

  return {
    url: demo.hub.url,
    demo,
    network,
    serviceEnv,
    spans,
    keyOf(partyId) {
      const key = network.parties.find((party) => party.id === partyId)?.apiKeys[0]?.key;
      if (!key) throw new Error(`no demo key for ${partyId}`);
      return key;
    },
    async query(sql, params) {
      return (await client.query(sql, params)).rows;
    },
    async applyNetwork(changed) {
      const db = new Database({ url: database.url, poolSize: 1 });
      try {
        const channels = (await client.query<{ adapter: string; base_url: string; webhook_secrets: string[] }>("SELECT adapter, base_url, webhook_secrets FROM manufacturer_channels WHERE kind = 'portal'")).rows;
        await applyNetwork(db, changed, Object.fromEntries(channels.map((channel) => [channel.adapter, { baseUrl: channel.base_url, webhookSecrets: channel.webhook_secrets }])));
      } finally {
        await db.disconnect();
      }
    },
    async changeNetwork(sql) {
      // One simple query: the change and the notification commit together.
      await client.query(`${sql}; SELECT pg_notify('${NETWORK_CHANNEL}', '')`);
    },
    async close() {
      await demo.close();
      await client.end();
      await database.drop();
      await tracing?.shutdown();
    },
  };
}

/** Starts a hub before the file's tests and closes it after them; the returned function gives it to the tests. */
export function useTestHub(options: { modules?: HubModules; env?: Record<string, string>; traced?: boolean } = {}): () => TestHub {
  let hub: TestHub | undefined;
  beforeAll(async () => {
    hub = await startTestHub(options.modules, options.env, { traced: options.traced });
  });
  afterAll(async () => {
    await hub?.close();
  });
  return () => {
    if (!hub) throw new Error('the test hub has not started');
    return hub;
  };
}

/** Queues misbehaviour at a simulated portal (see apps/portal-sim/src/faults.ts); `times: null` lasts until cleared. */
export async function portalFaults(hub: TestHub, portal: string, faults: ({ kind: string; times?: number | null } & Record<string, unknown>)[] | 'clear') {
  const url = `${hub.demo.simulatorUrl}/_sim/${portal}/faults`;
  const response = await fetch(url, faults === 'clear' ? { method: 'DELETE' } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });
  if (response.status !== 204) throw new Error(`the simulator refused the faults: ${await response.text()}`);
}

/** Plays the manufacturer: moves an RMA at the simulated Ubiquiti portal, which sends the hub a signed webhook. */
export async function ubiquitiReports(hub: TestHub, rmaNumber: string, report: { status: string; replacementSerialNumber?: string; duplicate?: boolean }) {
  const response = await fetch(`${hub.demo.simulatorUrl}/_sim/ubiquiti/rmas/${rmaNumber}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  return { status: response.status, body: (await response.json()) as { webhook: { status: number }; duplicateWebhook?: { status: number } } };
}

/** The shared test infrastructure global setup started: Kafka brokers and the PostgreSQL server URL. */
export function testEnv(): { kafkaBrokers: string; postgresUrl: string } {
  return { kafkaBrokers: requiredEnv('RMA_TEST_KAFKA_BROKERS'), postgresUrl: requiredEnv('RMA_TEST_POSTGRES_URL') };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through jest so its global setup provides Kafka and PostgreSQL`);
  return value;
}
