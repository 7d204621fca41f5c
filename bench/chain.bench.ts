import 'reflect-metadata';
import { startInfrastructure } from '../test/harness/infrastructure';
import { prepareTemplate } from '../test/harness/databases';
import { chainRun, startChain } from './chain/chain-run';

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure();
  await prepareTemplate(infrastructure.postgresUrl);
  process.env.RMA_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.RMA_TEST_POSTGRES_URL = infrastructure.postgresUrl;
  const rates = (process.env.BENCH_RATES ?? '100,200').split(',').map(Number);
  const seconds = Number(process.env.BENCH_SECONDS ?? 20);
  const chain = await startChain();
  try {
    for (const rate of rates) console.log(JSON.stringify(await chainRun(chain, rate, seconds)));
  } finally {
    await chain.close();
    await infrastructure.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
