import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');

export interface OwnBroker {
  /** Every broker's address, comma-separated (KAFKA_BROKERS). */
  brokers: string;
  stop(): void;
  start(): void;
  /**
   * Stops one broker of the cluster (node ids 0..brokers-1); `crash` sends SIGKILL instead of
   * SIGTERM. Asynchronous, unlike stop/start, so services in the test's process keep running meanwhile.
   */
  stopOne(nodeId: number, options?: { crash?: boolean }): Promise<void>;
  /** Starts that broker again and waits until the cluster answers with it. */
  startOne(nodeId: number): Promise<void>;
  /** Stops it for good and deletes its data. */
  remove(): void;
}

/**
 * A Kafka cluster of one test file's own (scripts/kafka.sh, its own ports and data dir), for
 * tests that stop brokers under running services without disturbing the shared one. One broker
 * unless told otherwise; three make a cluster that survives one down (scripts/kafka.sh then sets
 * default replication 3 and min.insync.replicas 2).
 */
export function startOwnBroker(name: string, options: { brokers?: number } = {}): OwnBroker {
  const count = options.brokers ?? 1;
  const portBase = 40_000 + 2 * count * Math.floor(Math.random() * (10_000 / count));
  const dataDir = path.join(ROOT, '.cache/kafka', `own-${name}-${process.pid}`);
  const env = { ...process.env, KAFKA_PORT_BASE: String(portBase), KAFKA_DATA_DIR: dataDir };
  const kafka = (...args: string[]) => execFileSync('bash', [path.join(ROOT, 'scripts/kafka.sh'), ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const kafkaAsync = (...args: string[]) => promisify(execFile)('bash', [path.join(ROOT, 'scripts/kafka.sh'), ...args], { env, encoding: 'utf8' }).then(() => undefined);
  const start = () => kafka('start', '--brokers', String(count));
  const brokers = start().trim().replace(/^KAFKA_BROKERS=/, '');
  return {
    brokers,
    stop: () => void kafka('stop'),
    start: () => void start(),
    stopOne: (nodeId, stopOptions = {}) => kafkaAsync('stop-one', String(nodeId), ...(stopOptions.crash ? ['--kill'] : [])),
    startOne: (nodeId) => kafkaAsync('start-one', String(nodeId)),
    remove: () => {
      kafka('stop', '--kill');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
