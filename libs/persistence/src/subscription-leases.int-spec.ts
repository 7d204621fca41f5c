import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, testEnv, type TestDatabase } from '@rma-hub/testing';
import { Database } from './database';

describe('delivery leases on real PostgreSQL: one delivery in flight per subscription', () => {
  let database: TestDatabase;
  let db: Database;
  const subscriptions = () => db.repositories.subscriptions;

  beforeAll(async () => {
    database = await createTestDatabase(testEnv().postgresUrl);
    db = new Database({ url: database.url, poolSize: 8 });
  });

  afterAll(async () => {
    await db?.disconnect();
    await database?.drop();
  });

  /** A delivery owed, as the notifier's oweToChain writes it (these claims have no chain to join). */
  const owe = async (subscriptionId: string, claimId: string, payload: object) => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('INSERT INTO deliveries (id, subscription_id, claim_id, event_id, payload) VALUES (gen_random_uuid(), $1, $2, $3, $4)', [subscriptionId, claimId, randomUUID(), payload]);
    } finally {
      await client.end();
    }
  };

  const subscriptionOwedChanges = async (party: string, claims: number) => {
    const subscription = await subscriptions().create(party, `https://${party}.example.com/hooks`, 'whsec_test');
    for (let claim = 0; claim < claims; claim++) await owe(subscription.id, randomUUID(), { claim });
    return subscription.id;
  };

  it('leases at most one delivery per subscription, even to workers asking at once, and the next once it is settled', async () => {
    const slow = await subscriptionOwedChanges('slow', 5);
    const other = await subscriptionOwedChanges('other', 1);

    const leased = (await Promise.all(Array.from({ length: 8 }, () => subscriptions().leaseNext(60_000)))).filter((delivery) => delivery !== null);
    expect(leased.map((delivery) => delivery.subscriptionId).sort()).toEqual([slow, other].sort());
    expect(await subscriptions().leaseNext(60_000)).toBeNull();

    const slowOne = leased.find((delivery) => delivery.subscriptionId === slow)!;
    await subscriptions().retryAt(slowOne.id, new Date(Date.now() + 60_000), { status: null, error: 'timed out' });
    const next = await subscriptions().leaseNext(60_000);
    expect(next).toMatchObject({ subscriptionId: slow, attempts: 1 });
    expect(next!.id).not.toBe(slowOne.id);
  });

  it('leases the subscription again once a crashed worker’s lease has run out', async () => {
    const crashed = await subscriptionOwedChanges('crashed', 2);
    const first = await subscriptions().leaseNext(50);
    expect(first).toMatchObject({ subscriptionId: crashed });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await subscriptions().leaseNext(60_000)).toMatchObject({ subscriptionId: crashed });
  });
});
