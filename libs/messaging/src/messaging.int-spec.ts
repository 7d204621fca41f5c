import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { CLAIM_SUBMITTED, type ClaimSubmittedV1 } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { createTestDatabase, eventually, testEnv, type TestDatabase } from '@rma-hub/testing';
import { MESSAGE_ID_HEADER } from './headers';
import { IdempotentConsumer } from './idempotent-consumer';
import { KafkaConnection } from './kafka-connection';
import { OutboxRelay } from './outbox-relay';

const logger = pino({ level: 'silent' });

describe('outbox relay and idempotent consumer on real Kafka and PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;
  let kafka: KafkaConnection;
  let relay: OutboxRelay;
  let consumer: IdempotentConsumer;
  const claimId = randomUUID();
  const applied: string[] = [];
  /** Handler runs per reseller id, failed ones included; `failFirst` makes that many runs for a reseller id throw. */
  const runs = new Map<string, number>();
  const failFirst = new Map<string, number>([['poison', Infinity], ['flaky', 2]]);
  const MAX_ATTEMPTS = 3;

  const event = (resellerId: string): ClaimSubmittedV1 => ({
    claimId,
    resellerId,
    manufacturerId: 'ubiquiti',
    submittedAt: new Date().toISOString(),
  });
  const publish = (resellerId: string) => db.transaction((tx) => tx.outbox.publish(CLAIM_SUBMITTED, claimId, event(resellerId)));
  /** The timeline after the claim's own first line ("claim submitted"): one entry per applied message. */
  const effects = async () =>
    (await db.repositories.claims.events(claimId)).slice(1).map((timelineEvent) => timelineEvent.reason);

  beforeAll(async () => {
    const env = testEnv();
    database = await createTestDatabase(env.postgresUrl);
    db = new Database({ url: database.url, poolSize: 4 });
    await db.transaction(async (tx) => {
      await tx.network.upsertParty({ id: 'r1', name: 'r1', role: 'reseller', referencePrefix: 'R', reviewsClaims: false });
      await tx.claims.create({
        id: claimId,
        resellerId: 'r1',
        resellerReference: null,
        manufacturerId: 'ubiquiti',
        returnReason: 'defective',
        failureDescription: 'x',
        purchaseDate: null,
        proofOfPurchase: null,
        dealer: null,
        supportTicket: null,
        deliveredOn: null,
        portalAccountId: null,
        shipTo: null,
        advanceReplacementRequested: false,
        contact: {},
        lines: [{ serial: 'S1', model: 'M', macId: null, category: null }],
      });
    });
    kafka = new KafkaConnection(
      { brokers: env.kafkaBrokers.split(','), clientId: 'messaging-int', namespace: `m${randomBytes(4).toString('hex')}.`, partitions: 3, replicationFactor: 1 },
      logger,
    );
    await kafka.connect();
    relay = new OutboxRelay(db, kafka, { pollIntervalMs: 25, batchSize: 50 }, logger);
    relay.start();
    // The effect under test: one timeline event per applied message, written in the consumer's transaction.
    consumer = new IdempotentConsumer(
      kafka,
      db,
      {
        name: 'int.consumer',
        handlers: {
          [CLAIM_SUBMITTED]: async (payload, { tx, messageId }) => {
            const run = (runs.get(payload.resellerId) ?? 0) + 1;
            runs.set(payload.resellerId, run);
            if (run <= (failFirst.get(payload.resellerId) ?? 0)) throw new Error(`${payload.resellerId} failed run ${run}`);
            applied.push(messageId);
            await tx.claims.save(payload.claimId, {
              events: [{ type: 'status_changed', from: null, to: 'submitted', actor: { role: 'hub', partyId: null }, reason: payload.resellerId }],
            });
          },
        },
        attempts: { max: MAX_ATTEMPTS, firstDelayMs: 20 },
      },
      logger,
    );
    await consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await kafka?.disconnect();
    await db?.disconnect();
    await database?.drop();
  });

  it('delivers a committed message once, and never one whose transaction rolled back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.outbox.publish(CLAIM_SUBMITTED, claimId, event('rolled-back'));
        throw new Error('business rule failed after publishing');
      }),
    ).rejects.toThrow('business rule failed');
    await publish('first');
    await eventually(async () => expect(await effects()).toEqual(['first']));
  });

  it('applies a redelivered message once (the relay crashed between send and mark)', async () => {
    await eventually(async () => expect(await db.repositories.outbox.countPending()).toBe(0));
    // Re-arm the published row, as if the relay had died before marking it: it is sent again.
    await resetPublished(database.url);
    await publish('sentinel-1');
    await eventually(async () => expect(await effects()).toEqual(['first', 'sentinel-1']));
    const offsets = await kafka.withAdmin((admin) => admin.fetchTopicOffsets(kafka.topic(CLAIM_SUBMITTED)));
    const messagesOnTopic = offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    expect(messagesOnTopic).toBe(3); // first, first again, sentinel-1
    expect(applied).toHaveLength(2);
  });

  it('dead-letters a message that breaks its contract, with the reason, and goes on with the next', async () => {
    await kafka.producer.send({
      topic: kafka.topic(CLAIM_SUBMITTED),
      messages: [{ key: claimId, value: JSON.stringify({ claimId, resellerId: 42 }), headers: { [MESSAGE_ID_HEADER]: randomUUID() } }],
    });
    await publish('sentinel-2');
    await eventually(async () => expect(await effects()).toEqual(['first', 'sentinel-1', 'sentinel-2']));
    const letters = await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 });
    expect(letters).toHaveLength(1);
    expect(letters[0]!.reason).toMatch(/breaks the rma\.claim\.submitted\.v1 contract.*resellerId/s);
  });

  it('dead-letters a message whose handler keeps failing after the last attempt, with its last error, and goes on with the next', async () => {
    await publish('poison');
    await publish('sentinel-3'); // the same key, so the same partition, behind the poison message
    await eventually(async () => expect(await effects()).toEqual(['first', 'sentinel-1', 'sentinel-2', 'sentinel-3']));
    expect(runs.get('poison')).toBe(MAX_ATTEMPTS);
    const letters = await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 });
    expect(letters.map((letter) => letter.reason)).toContain(`gave up after ${MAX_ATTEMPTS} attempts: poison failed run ${MAX_ATTEMPTS}`);
    expect(await attemptRows(database.url)).toBe(0);
  });

  it('applies once, with no dead letter, a message whose handler fails twice and then succeeds', async () => {
    const lettersBefore = (await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 })).length;
    await publish('flaky');
    await eventually(async () => expect(await effects()).toEqual(['first', 'sentinel-1', 'sentinel-2', 'sentinel-3', 'flaky']));
    expect(runs.get('flaky')).toBe(3);
    expect(await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 })).toHaveLength(lettersBefore);
    expect(await attemptRows(database.url)).toBe(0);
  });
});

/** Rows left in message_attempts: none once every message is applied or dead-lettered. */
async function attemptRows(url: string): Promise<number> {
  return (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM message_attempts'))[0]!.n;
}

async function resetPublished(url: string): Promise<void> {
  await query(url, 'UPDATE outbox_messages SET published_at = NULL');
}

async function query<Row>(url: string, text: string): Promise<Row[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Row[];
  } finally {
    await client.end();
  }
}
