import { startInfrastructure } from './infrastructure';
import { prepareTemplate } from './databases';

/** Jest global setup for integration and end-to-end tests: real Kafka and PostgreSQL, once per run. */
export default async function globalSetup(): Promise<void> {
  if (process.env.RMA_TEST_KAFKA_BROKERS) return; // already prepared by another project of this run
  const infrastructure = await startInfrastructure();
  await prepareTemplate(infrastructure.postgresUrl);
  process.env.RMA_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.RMA_TEST_POSTGRES_URL = infrastructure.postgresUrl;
  (globalThis as { rmaInfrastructure?: unknown }).rmaInfrastructure = infrastructure;
}
