import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@rma-hub/testing';

/** The reseller whose claims the baselines store (its hops reference it, as the hub's do). */
export const BASELINE_RESELLER = 'reseller-alpha';

/** A fresh database for a baseline, cloned from the migrated template as the hub's are, with its reseller. */
export async function createBaselineDatabase(postgresUrl: string): Promise<TestDatabase> {
  const database = await createTestDatabase(postgresUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query("INSERT INTO parties (id, name, role, reference_prefix) VALUES ($1, $1, 'reseller', 'ALPHA')", [BASELINE_RESELLER]);
  } finally {
    await client.end();
  }
  return database;
}
