import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface OwnBroker {
  brokers: string;
  stop(): void;
  start(): void;
  /** Stops it for good and deletes its data. */
  remove(): void;
}

/**
 * A single Kafka broker of one test file's own (scripts/kafka.sh, its own ports and data dir), for
 * tests that stop the broker under running services without disturbing the shared one.
 */
export function startOwnBroker(name: string): OwnBroker {
  const portBase = 40_000 + 2 * Math.floor(Math.random() * 5_000);
  const dataDir = path.join(ROOT, '.cache/kafka', `own-${name}-${process.pid}`);
  const env = { ...process.env, KAFKA_PORT_BASE: String(portBase), KAFKA_DATA_DIR: dataDir };
  const kafka = (...args: string[]) => execFileSync('bash', [path.join(ROOT, 'scripts/kafka.sh'), ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const brokers = kafka('start').trim().replace(/^KAFKA_BROKERS=/, '');
  return {
    brokers,
    stop: () => void kafka('stop'),
    start: () => void kafka('start'),
    remove: () => {
      kafka('stop', '--kill');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
