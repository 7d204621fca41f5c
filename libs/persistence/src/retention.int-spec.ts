import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, testEnv, type TestDatabase } from '@rma-hub/testing';
import { Database } from './database';

const HOUR = 3_600_000;
/** Rows are dated this much either side of a cut-off: "just older" and "just younger". */
const MARGIN = '1 minute';

describe('retention: pruning old records on real PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;
  let sql: Client;
  const prune = (...args: Parameters<Database['repositories']['retention']['prune']>) => db.repositories.retention.prune(...args);
  const column = async (query: string, params: unknown[] = []) => (await sql.query<{ v: string }>(query, params)).rows.map((row) => row.v).sort();

  beforeAll(async () => {
    database = await createTestDatabase(testEnv().postgresUrl);
    db = new Database({ url: database.url, poolSize: 4 });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await db?.disconnect();
    await database?.drop();
  });

  it('deletes published outbox messages older than the age, and never an unpublished one however old', async () => {
    const outbox = async (key: string, publishedAgo: string | null, createdAgo = '0 seconds') =>
      sql.query(
        `INSERT INTO outbox_messages (id, topic, key, payload, created_at, published_at)
         VALUES ($1, 'rma.claim.submitted.v1', $2, '{}', now() - $3::interval, now() - $4::interval)`,
        [randomUUID(), key, createdAgo, publishedAgo],
      );
    await outbox('old', `24 hours ${MARGIN}`, '30 days');
    await outbox('young', `24 hours -${MARGIN}`, '30 days');
    await outbox('unpublished', null, '365 days');

    expect(await prune('publishedOutbox', 24 * HOUR, 100)).toBe(1);
    expect(await column('SELECT key AS v FROM outbox_messages')).toEqual(['unpublished', 'young']);
    expect(await prune('publishedOutbox', 24 * HOUR, 100)).toBe(0);
  });

  it('deletes processed message ids older than the age', async () => {
    await sql.query(
      `INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES
         ('router', 'old', now() - interval '168 hours ${MARGIN}'), ('router', 'young', now() - interval '168 hours -${MARGIN}'),
         ('webhooks.ubiquiti', 'old', now() - interval '200 hours'), ('webhooks.ubiquiti', 'new', now())`,
    );
    expect(await prune('processedMessages', 168 * HOUR, 100)).toBe(2);
    expect(await column(`SELECT consumer || '/' || message_id AS v FROM processed_messages`)).toEqual(['router/young', 'webhooks.ubiquiti/new']);
  });

  it('treats an idempotency record past the key’s lifetime as absent, replaces it on save, and prunes expired ones', async () => {
    await sql.query(
      `INSERT INTO idempotency_records (party_id, key, request_hash, status_code, response, created_at) VALUES
         ('reseller-alpha', 'expired', 'h-old', 201, '{"id": "first"}', now() - interval '24 hours ${MARGIN}'),
         ('reseller-alpha', 'live', 'h-live', 201, '{"id": "live"}', now() - interval '24 hours -${MARGIN}'),
         ('reseller-bravo', 'expired-too', 'h', 202, '{"jobId": "j"}', now() - interval '30 days')`,
    );
    const idempotency = db.repositories.idempotency;
    expect(await idempotency.find('reseller-alpha', 'live', 24 * HOUR)).toEqual({ requestHash: 'h-live', statusCode: 201, body: { id: 'live' } });
    // Expired but not yet pruned: a new key, whatever it stored.
    expect(await idempotency.find('reseller-alpha', 'expired', 24 * HOUR)).toBeNull();
    // A longer lifetime still sees it: the record is there, only its age decides.
    expect(await idempotency.find('reseller-alpha', 'expired', 25 * HOUR)).toMatchObject({ requestHash: 'h-old' });

    expect(await prune('expiredIdempotencyKeys', 24 * HOUR, 100)).toBe(2);
    expect(await column(`SELECT party_id || '/' || key AS v FROM idempotency_records`)).toEqual(['reseller-alpha/live']);

    // A key whose expired record the job has not reached yet is stored afresh on its next use.
    await sql.query(
      `INSERT INTO idempotency_records (party_id, key, request_hash, status_code, response, created_at)
       VALUES ('reseller-alpha', 'reused', 'h-old', 201, '{"id": "first"}', now() - interval '25 hours')`,
    );
    await db.transaction(async (tx) => {
      await tx.idempotency.lock('reseller-alpha', 'reused');
      expect(await tx.idempotency.find('reseller-alpha', 'reused', 24 * HOUR)).toBeNull();
      await tx.idempotency.save('reseller-alpha', 'reused', { requestHash: 'h-new', statusCode: 201, body: { id: 'second' } });
    });
    expect(await idempotency.find('reseller-alpha', 'reused', 24 * HOUR)).toEqual({ requestHash: 'h-new', statusCode: 201, body: { id: 'second' } });
    expect(await prune('expiredIdempotencyKeys', 24 * HOUR, 100)).toBe(0);
  });

  it('deletes the lines of bulk jobs finished longer ago than the age, never those of an unfinished job, and keeps the jobs', async () => {
    const job = async (name: string, state: string, finishedAgo: string | null, lines: number) => {
      const id = randomUUID();
      await sql.query(
        `INSERT INTO bulk_jobs (id, party_id, kind, state, created_at, finished_at) VALUES ($1, $2, 'import', $3, now() - interval '400 days', now() - $4::interval)`,
        [id, name, state, finishedAgo],
      );
      await sql.query(`INSERT INTO bulk_job_lines (job_id, line_no, payload) SELECT $1, n, '{}' FROM generate_series(1, $2::int) AS n`, [id, lines]);
      await sql.query(`INSERT INTO bulk_job_errors (id, job_id, line_no, pointer, detail) VALUES (gen_random_uuid(), $1, 1, '/serial', 'required')`, [id]);
      return id;
    };
    await job('done-old', 'done', `168 hours ${MARGIN}`, 25);
    await job('done-young', 'done', `168 hours -${MARGIN}`, 3);
    await job('running', 'running', null, 4);
    await job('queued', 'queued', null, 2);
    // Not done, however its finished_at reads: its lines are still the job's work.
    await job('running-odd', 'running', '400 days', 2);
    const linesPerJob = () => column(`SELECT j.party_id || '=' || count(l.line_no) AS v FROM bulk_jobs j LEFT JOIN bulk_job_lines l ON l.job_id = j.id GROUP BY j.party_id`);

    // In batches: full batches until one comes back short.
    expect([await prune('finishedBulkJobLines', 168 * HOUR, 10), await prune('finishedBulkJobLines', 168 * HOUR, 10), await prune('finishedBulkJobLines', 168 * HOUR, 10)]).toEqual([10, 10, 5]);
    expect(await prune('finishedBulkJobLines', 168 * HOUR, 10)).toBe(0);
    expect(await linesPerJob()).toEqual(['done-old=0', 'done-young=3', 'queued=2', 'running-odd=2', 'running=4']);
    expect((await sql.query('SELECT count(*)::int AS n FROM bulk_job_errors')).rows[0].n).toBe(5);
  });

  it('deletes delivered deliveries older than the age, never pending or failed ones however old', async () => {
    const subscriptionId = randomUUID();
    await sql.query(`INSERT INTO subscriptions (id, party_id, url, secret) VALUES ($1, 'reseller-alpha', 'https://example.com/hook', 'whsec_x')`, [subscriptionId]);
    const delivery = (eventId: string, state: string, deliveredAgo: string | null) =>
      sql.query(
        `INSERT INTO deliveries (id, subscription_id, claim_id, event_id, payload, state, created_at, delivered_at)
         VALUES ($1, $2, $3, $4, '{}', $5, now() - interval '400 days', now() - $6::interval)`,
        [randomUUID(), subscriptionId, randomUUID(), eventId, state, deliveredAgo],
      );
    await delivery('delivered-old', 'delivered', `168 hours ${MARGIN}`);
    await delivery('delivered-young', 'delivered', `168 hours -${MARGIN}`);
    await delivery('pending', 'pending', null);
    await delivery('failed', 'failed', null);
    // Only the state decides, whatever delivered_at reads.
    await delivery('failed-odd', 'failed', '400 days');

    expect(await prune('deliveredDeliveries', 168 * HOUR, 100)).toBe(1);
    expect(await column('SELECT event_id AS v FROM deliveries')).toEqual(['delivered-young', 'failed', 'failed-odd', 'pending']);
  });

  it('deletes failed-attempt counts not touched for longer than the age', async () => {
    await db.repositories.messageAttempts.recordFailure('router', 'fresh', 'boom');
    await sql.query(`INSERT INTO message_attempts (consumer, message_id, attempts, last_error, updated_at) VALUES ('router', 'abandoned', 2, 'boom', now() - interval '168 hours ${MARGIN}')`);
    expect(await prune('abandonedMessageAttempts', 168 * HOUR, 100)).toBe(1);
    expect(await column('SELECT message_id AS v FROM message_attempts')).toEqual(['fresh']);
  });

  it('skips rows another transaction holds instead of waiting for it, and takes them on a later batch', async () => {
    await sql.query(`DELETE FROM processed_messages`);
    await sql.query(`INSERT INTO processed_messages (consumer, message_id, processed_at) SELECT 'c', 'm' || n, now() - interval '2 hours' FROM generate_series(1, 5) AS n`);
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM processed_messages WHERE message_id = 'm3' FOR UPDATE`);
      const batch = prune('processedMessages', HOUR, 100);
      // A batch that waited for the held row would still be waiting when the holder lets go.
      const first = await Promise.race([batch, new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5_000))]);
      const remaining = await column('SELECT message_id AS v FROM processed_messages');
      await holder.query('COMMIT');
      await batch;
      expect(first).toBe(4);
      expect(remaining).toEqual(['m3']);
    } finally {
      await holder.end();
    }
    expect(await prune('processedMessages', HOUR, 100)).toBe(1);
  });

  it('deletes no more than one batch per call, until a batch comes back short', async () => {
    await sql.query('DELETE FROM outbox_messages WHERE published_at IS NOT NULL');
    await sql.query(
      `INSERT INTO outbox_messages (id, topic, key, payload, published_at)
       SELECT gen_random_uuid(), 'rma.claim.submitted.v1', 'batch-' || n, '{}', now() - interval '3 hours' FROM generate_series(1, 7) AS n`,
    );
    const counts: number[] = [];
    for (let deleted = -1; deleted !== 0; ) counts.push((deleted = await prune('publishedOutbox', 2 * HOUR, 3)));
    expect(counts).toEqual([3, 3, 1, 0]);
    expect(await column('SELECT key AS v FROM outbox_messages')).toEqual(['unpublished']);
  });
});
