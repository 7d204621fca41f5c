import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import { Database } from '@rma-hub/persistence';
import { loadConfig } from '@rma-hub/platform';
import { createTestDatabase, testEnv, type TestDatabase } from '@rma-hub/testing';
import { PruneOldRecords } from './prune-old-records';

/** The retention job's passes, driven by hand (takeNext) against real PostgreSQL, with each kind's age from the configuration. */
describe('PruneOldRecords', () => {
  let database: TestDatabase;
  let db: Database;
  let sql: Client;
  let job: PruneOldRecords;
  const count = async (query: string) => (await sql.query<{ n: number }>(`SELECT (${query})::int AS n`)).rows[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase(testEnv().postgresUrl);
    db = new Database({ url: database.url, poolSize: 2 });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    const config = loadConfig({
      KAFKA_BROKERS: '127.0.0.1:1',
      RETENTION_BATCH_SIZE: '10',
      // A different age per kind, so a kind pruned with another's age shows.
      OUTBOX_RETENTION_HOURS: '1',
      INBOX_RETENTION_HOURS: '2',
      IDEMPOTENCY_KEY_TTL_HOURS: '3',
      BULK_LINES_RETENTION_HOURS: '4',
      DELIVERIES_RETENTION_HOURS: '5',
    });
    job = new PruneOldRecords(db, config, pino({ level: 'silent' }));
  });

  afterAll(async () => {
    await sql?.end();
    await db?.disconnect();
    await database?.drop();
  });

  /** `n` rows of each kind dated `ago` (e.g. '1 hour 1 minute'). */
  const seed = async (kind: 'outbox' | 'inbox' | 'idempotency' | 'bulk' | 'deliveries', n: number, ago: string) => {
    const tag = randomUUID();
    switch (kind) {
      case 'outbox':
        return sql.query(
          `INSERT INTO outbox_messages (id, topic, key, payload, published_at)
           SELECT gen_random_uuid(), 'rma.claim.submitted.v1', $1, '{}', now() - $2::interval FROM generate_series(1, $3::int)`,
          [ago, ago, n],
        );
      case 'inbox':
        return sql.query(`INSERT INTO processed_messages (consumer, message_id, processed_at) SELECT $1, g::text, now() - $2::interval FROM generate_series(1, $3::int) AS g`, [ago, ago, n]);
      case 'idempotency':
        return sql.query(
          `INSERT INTO idempotency_records (party_id, key, request_hash, status_code, response, created_at)
           SELECT $1, g::text, 'h', 201, '{}', now() - $2::interval FROM generate_series(1, $3::int) AS g`,
          [ago, ago, n],
        );
      case 'bulk':
        await sql.query(`INSERT INTO bulk_jobs (id, party_id, kind, state, finished_at) VALUES ($1, 'p', 'import', 'done', now() - $2::interval)`, [tag, ago]);
        return sql.query(`INSERT INTO bulk_job_lines (job_id, line_no, payload) SELECT $1, g, '{}' FROM generate_series(1, $2::int) AS g`, [tag, n]);
      case 'deliveries':
        await sql.query(`INSERT INTO subscriptions (id, party_id, url, secret) VALUES ($1, 'p', 'https://example.com', 'whsec_x')`, [tag]);
        return sql.query(
          `INSERT INTO deliveries (id, subscription_id, claim_id, event_id, payload, state, delivered_at)
           SELECT gen_random_uuid(), $1, gen_random_uuid(), g::text, '{}', 'delivered', now() - $2::interval FROM generate_series(1, $3::int) AS g`,
          [tag, ago, n],
        );
    }
  };
  const remaining = async () => ({
    outbox: await count('SELECT count(*) FROM outbox_messages'),
    inbox: await count('SELECT count(*) FROM processed_messages'),
    idempotency: await count('SELECT count(*) FROM idempotency_records'),
    bulk: await count('SELECT count(*) FROM bulk_job_lines'),
    deliveries: await count('SELECT count(*) FROM deliveries'),
  });

  it('prunes every kind past its own age in batches until each comes back short, then ends the pass', async () => {
    // Just past each kind's age, and just within it.
    await seed('outbox', 25, '1 hour 1 minute');
    await seed('outbox', 2, '59 minutes');
    await seed('inbox', 3, '2 hours 1 minute');
    await seed('inbox', 2, '1 hour 59 minutes');
    await seed('idempotency', 12, '3 hours 1 minute');
    await seed('idempotency', 2, '2 hours 59 minutes');
    await seed('bulk', 10, '4 hours 1 minute');
    await seed('bulk', 2, '3 hours 59 minutes');
    await seed('deliveries', 1, '5 hours 1 minute');
    await seed('deliveries', 2, '4 hours 59 minutes');

    // Batches of 10. First: outbox 10 (full), inbox 3, idempotency 10 (full), bulk lines 10 (full), deliveries 1.
    expect(await job.takeNext()).toBe(true);
    expect(await remaining()).toEqual({ outbox: 17, inbox: 2, idempotency: 4, bulk: 2, deliveries: 2 });

    // Kinds that came back short are done for this pass: a newly old processed id waits for the next one.
    await seed('inbox', 4, '3 hours');
    expect(await job.takeNext()).toBe(true); // outbox 10 (full), idempotency 2, bulk lines 0
    expect(await remaining()).toEqual({ outbox: 7, inbox: 6, idempotency: 2, bulk: 2, deliveries: 2 });
    expect(await job.takeNext()).toBe(false); // outbox 5: every kind short, the pass is over
    expect(await remaining()).toEqual({ outbox: 2, inbox: 6, idempotency: 2, bulk: 2, deliveries: 2 });

    // The next pass takes every kind again.
    expect(await job.takeNext()).toBe(false);
    expect(await remaining()).toEqual({ outbox: 2, inbox: 2, idempotency: 2, bulk: 2, deliveries: 2 });
  });
});
