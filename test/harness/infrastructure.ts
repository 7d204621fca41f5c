import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface Infrastructure {
  kafkaBrokers: string;
  /** Server-level URL; tests create their own databases on it. */
  postgresUrl: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');
const LOCAL_POSTGRES = 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Real Kafka and PostgreSQL for the tests, from one place. Where a Docker engine is reachable
 * (and RMA_TEST_INFRA is not "local") testcontainers starts both; otherwise the project's own
 * Kafka script starts a broker from Maven Central and the machine's PostgreSQL is used.
 * KAFKA_BROKERS / TEST_POSTGRES_URL, when set, point at already-running services instead.
 */
export async function startInfrastructure(): Promise<Infrastructure> {
  const mode = process.env.RMA_TEST_INFRA ?? (dockerReachable() ? 'containers' : 'local');
  return mode === 'containers' ? startContainers() : startLocal();
}

function dockerReachable(): boolean {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

async function startLocal(): Promise<Infrastructure> {
  let kafkaBrokers = process.env.KAFKA_BROKERS;
  if (!kafkaBrokers) {
    const line = execFileSync('bash', [path.join(ROOT, 'scripts/kafka.sh'), 'start'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    kafkaBrokers = line.trim().replace(/^KAFKA_BROKERS=/, '');
  }
  // The broker is left running for the next run (the script's `start` is idempotent); CI stops it.
  return { kafkaBrokers, postgresUrl: process.env.TEST_POSTGRES_URL ?? LOCAL_POSTGRES, stop: async () => {} };
}

async function startContainers(): Promise<Infrastructure> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const [postgres, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:15').withUsername('postgres').withPassword('postgres').start(),
    new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
  ]);
  return {
    kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    postgresUrl: postgres.getConnectionUri(),
    stop: async () => {
      await Promise.all([postgres.stop(), kafka.stop()]);
    },
  };
}
