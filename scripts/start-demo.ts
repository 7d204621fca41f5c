import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startDemoHub } from '../apps/all-in-one/src/demo-hub';
import { closeOnSignals, loadConfig, readNetworkFile } from '@rma-hub/platform';
import { migrateDeploy } from './db/migrations';

const ROOT = path.resolve(__dirname, '..');

/** `npm start`: Kafka (provisioned unless KAFKA_BROKERS is set), migrations, the hub, the simulator, the demo network. */
async function main(): Promise<void> {
  let startedKafka = false;
  if (!process.env.KAFKA_BROKERS) {
    console.log('Starting a local Kafka broker (first run downloads it from Maven Central)…');
    const line = execFileSync('bash', [path.join(ROOT, 'scripts/kafka.sh'), 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.env.KAFKA_BROKERS = line.trim().replace(/^KAFKA_BROKERS=/, '');
    startedKafka = true;
  }
  process.env.LOG_LEVEL ??= 'warn';
  const config = loadConfig();
  const applied = await migrateDeploy(config.database.url);
  console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');

  const networkPath = path.join(ROOT, 'demo/network.yaml');
  const network = await readNetworkFile(networkPath);
  const demo = await startDemoHub(config, network, { simulatorPort: Number(process.env.PORTAL_SIM_PORT ?? 4010) });

  const keys = network.parties.flatMap((party) => party.apiKeys.map((key) => `  ${party.id.padEnd(16)} ${party.role.padEnd(13)} ${key.key}`));
  console.log(`
rma-hub is running at ${demo.hub.url}
  portal simulator: ${demo.simulatorUrl}
  Kafka:            ${config.kafka.brokers.join(',')}
  database:         ${config.database.url}
  demo network:     ${networkPath}

Demo API keys:
${keys.join('\n')}

Try it (see README.md):
  curl -s -X POST ${demo.hub.url}/v1/claims -H 'Authorization: Bearer ${network.parties[0]?.apiKeys[0]?.key}' -H 'Content-Type: application/json' -d @demo/claim.json

Press Ctrl+C to stop.`);

  closeOnSignals(async () => {
    await demo.close();
    if (startedKafka) execFileSync('bash', [path.join(ROOT, 'scripts/kafka.sh'), 'stop'], { stdio: 'inherit' });
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
