import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { CLAIM_SUBMITTED, type ClaimSubmittedV1 } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { createTestDatabase, eventually, testEnv, type TestDatabase } from '@rma-hub/testing';
import { MESSAGE_ID_HEADER } from './headers';
import type { InboxContext } from './inbox/inbox-context';
import { InboxTransport } from './inbox/inbox-transport';
import { KafkaConnection } from './kafka-connection';
import { OutboxRelay } from './outbox-relay';

const logger = pino({ level: 'silent' });
const MAX_ATTEMPTS = 3;

type Handler = (payload: ClaimSubmittedV1, context: InboxContext) => Promise<void>;

/** One claim per key: its timeline is the effect under test, one event per applied message (reason = the message's resellerId). */
async function createClaims(db: Database, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await db.transaction(async (tx) => {
    await tx.network.upsertParty({ id: 'r1', name: 'r1', role: 'reseller', referencePrefix: 'R', reviewsClaims: false });
    for (const id of ids) {
      await tx.claims.create({
        id,
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
        attachments: [],
        lines: [{ serial: `S-${id}`, model: 'M', macId: null, category: null }],
      });
    }
  });
  return ids;
}

const recordEffect: Handler = async (payload, { tx }) => {
  await tx.claims.save(payload.claimId, {
    events: [{ type: 'status_changed', from: null, to: 'submitted', actor: { role: 'hub', partyId: null }, reason: payload.resellerId }],
  });
};

describe('outbox relay and inbox transport on real Kafka and PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;
  let kafka: KafkaConnection;
  let relay: OutboxRelay;
  const transports: InboxTransport[] = [];

  const event = (claimId: string, resellerId: string): ClaimSubmittedV1 => ({ claimId, resellerId, manufacturerId: 'ubiquiti', submittedAt: new Date().toISOString() });
  const publish = (claimId: string, ...resellerIds: string[]) =>
    db.transaction(async (tx) => {
      for (const resellerId of resellerIds) await tx.outbox.publish(CLAIM_SUBMITTED, claimId, event(claimId, resellerId));
    });
  /** The claim's timeline after its own first line ("claim submitted"): one entry per applied message. */
  const effects = async (claimId: string) => (await db.repositories.claims.events(claimId)).slice(1).map((timelineEvent) => timelineEvent.reason);

  /** A consumer group of its own on the shared topic: its handler sees only the messages of its claims. */
  async function startTransport(name: string, claimIds: string[], handler: Handler, batchMax = 256): Promise<InboxTransport> {
    const transport = new InboxTransport(kafka, db, { name, attempts: { max: MAX_ATTEMPTS, firstDelayMs: 20 }, batch: { max: batchMax, targetMs: 1_000 } }, logger);
    const own = new Set(claimIds);
    transport.addHandler(CLAIM_SUBMITTED, async (payload: ClaimSubmittedV1, context: InboxContext) => (own.has(payload.claimId) ? handler(payload, context) : undefined), true);
    transports.push(transport);
    await new Promise<void>((resolve, reject) => transport.listen((error) => (error ? reject(error) : resolve())));
    await eventually(async () => expect(transport.state().status).toBe('joined'), { timeoutMs: 30_000 });
    return transport;
  }

  beforeAll(async () => {
    const env = testEnv();
    database = await createTestDatabase(env.postgresUrl);
    db = new Database({ url: database.url, poolSize: 6 });
    kafka = new KafkaConnection(
      { brokers: env.kafkaBrokers.split(','), clientId: 'messaging-int', namespace: `m${randomBytes(4).toString('hex')}.`, partitions: 3, replicationFactor: 1 },
      logger,
    );
    await kafka.connect();
    relay = new OutboxRelay(db, kafka, { pollIntervalMs: 25, lingerMs: 0, batchSize: 50 }, logger);
    await relay.start();
  });

  afterAll(async () => {
    for (const transport of transports) await transport.close();
    await relay?.stop();
    await kafka?.disconnect();
    await db?.disconnect();
    await database?.drop();
  });

  describe('one consumer, one claim', () => {
    let claimId: string;
    /** Handler runs per reseller id, failed ones included; `failFirst` makes that many runs for a reseller id throw. */
    const runs = new Map<string, number>();
    const failFirst = new Map<string, number>([['poison', Infinity], ['flaky', 2]]);
    const applied: string[] = [];

    beforeAll(async () => {
      claimId = (await createClaims(db, 1))[0]!;
      await startTransport('int.consumer', [claimId], async (payload, context) => {
        const run = (runs.get(payload.resellerId) ?? 0) + 1;
        runs.set(payload.resellerId, run);
        if (run <= (failFirst.get(payload.resellerId) ?? 0)) throw new Error(`${payload.resellerId} failed run ${run}`);
        applied.push(context.messageId);
        await recordEffect(payload, context);
      });
    });

    it('delivers a committed message once, and never one whose transaction rolled back', async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.outbox.publish(CLAIM_SUBMITTED, claimId, event(claimId, 'rolled-back'));
          throw new Error('business rule failed after publishing');
        }),
      ).rejects.toThrow('business rule failed');
      await publish(claimId, 'first');
      await eventually(async () => expect(await effects(claimId)).toEqual(['first']));
    });

    it('applies a redelivered message once (the relay crashed between send and mark)', async () => {
      await eventually(async () => expect(await db.repositories.outbox.countPending()).toBe(0));
      // Re-arm the published row, as if the relay had died before marking it: it is sent again.
      await query(database.url, 'UPDATE outbox_messages SET published_at = NULL');
      await publish(claimId, 'sentinel-1');
      await eventually(async () => expect(await effects(claimId)).toEqual(['first', 'sentinel-1']));
      const offsets = await kafka.withAdmin((admin) => admin.fetchTopicOffsets(kafka.topic(CLAIM_SUBMITTED)));
      expect(offsets.reduce((sum, partition) => sum + Number(partition.high), 0)).toBe(3); // first, first again, sentinel-1
      expect(applied).toHaveLength(2);
    });

    it('dead-letters a message that breaks its contract, with the reason, and goes on with the next', async () => {
      await kafka.producer.send({
        topic: kafka.topic(CLAIM_SUBMITTED),
        messages: [{ key: claimId, value: JSON.stringify({ claimId, resellerId: 42 }), headers: { [MESSAGE_ID_HEADER]: randomUUID() } }],
      });
      await publish(claimId, 'sentinel-2');
      await eventually(async () => expect(await effects(claimId)).toEqual(['first', 'sentinel-1', 'sentinel-2']));
      const letters = await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 });
      expect(letters).toHaveLength(1);
      expect(letters[0]!.reason).toMatch(/breaks the rma\.claim\.submitted\.v1 contract.*resellerId/s);
    });

    it('dead-letters a message whose handler keeps failing after the last attempt, with its last error, and applies its neighbours', async () => {
      // One transaction, so one batch: the poison message between two good ones, on one partition.
      await publish(claimId, 'before-poison', 'poison', 'after-poison');
      await eventually(async () => expect(await effects(claimId)).toEqual(['first', 'sentinel-1', 'sentinel-2', 'before-poison', 'after-poison']));
      const letters = await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 });
      expect(letters.map((letter) => letter.reason)).toContain(`gave up after ${MAX_ATTEMPTS} attempts: poison failed run ${runs.get('poison')}`);
      // Counted attempts are the ones it had alone; a batch it failed in first is not one of them.
      expect(runs.get('poison')).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
      expect(runs.get('poison')).toBeLessThanOrEqual(MAX_ATTEMPTS + 1);
      expect(await attemptRows(database.url)).toBe(0);
    });

    it('applies once, with no dead letter, a message whose handler fails twice and then succeeds', async () => {
      const lettersBefore = (await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 })).length;
      await publish(claimId, 'flaky');
      await eventually(async () => expect((await effects(claimId)).at(-1)).toBe('flaky'));
      expect(runs.get('flaky')).toBe(3);
      expect(await db.repositories.deadLetters.list({ consumer: 'int.consumer', limit: 10 })).toHaveLength(lettersBefore);
      expect(await attemptRows(database.url)).toBe(0);
    });
  });

  it("applies a partition's waiting messages in a few transactions, each with one inbox insert", async () => {
    const [claimId] = await createClaims(db, 1);
    const reasons = Array.from({ length: 60 }, (_, i) => `batched-${i}`);
    await publish(claimId!, ...reasons);
    await eventually(async () => expect(await db.repositories.outbox.countPending()).toBe(0));
    // Started after the messages are on the topic, so its first fetch holds them all.
    await startTransport('int.batched', [claimId!], recordEffect);
    await eventually(async () => expect(await effects(claimId!)).toEqual(reasons), { timeoutMs: 30_000 });
    // now() is the transaction's start: rows written in one transaction share it.
    const [row] = await query<{ transactions: number; rows: number }>(database.url, `SELECT count(DISTINCT processed_at)::int AS transactions, count(*)::int AS rows FROM processed_messages WHERE consumer = 'int.batched' AND message_id IN (${messagesOf([claimId!])})`);
    expect(row!.rows).toBe(60);
    // Batches of 16, 32 and the rest: the adaptive size starts at 16 and doubles.
    expect(row!.transactions).toBeLessThanOrEqual(4);
  });

  it('loses and duplicates nothing when a second consumer joins the group mid-batch (rebalance)', async () => {
    const claimIds = await createClaims(db, 12);
    const perClaim = 25;
    const appliedBy = { first: 0, second: 0 };
    const slowEffect = (member: keyof typeof appliedBy): Handler => async (payload, context) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await recordEffect(payload, context);
      appliedBy[member] += 1;
    };
    await startTransport('int.rebalanced', claimIds, slowEffect('first'), 8);
    for (const claimId of claimIds) await publish(claimId, ...Array.from({ length: perClaim }, (_, i) => `m-${i}`));
    // Joins while the first is working through its batches (300 messages, 20 ms each): the partitions are split between them.
    await startTransport('int.rebalanced', claimIds, slowEffect('second'), 8);
    await eventually(
      async () => {
        for (const claimId of claimIds) expect(await effects(claimId)).toEqual(Array.from({ length: perClaim }, (_, i) => `m-${i}`));
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    const [inbox] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM processed_messages WHERE consumer = 'int.rebalanced' AND message_id IN (${messagesOf(claimIds)})`);
    expect(inbox!.n).toBe(claimIds.length * perClaim);
    // Both took part: the split happened while work was left.
    expect(appliedBy.first).toBeGreaterThan(0);
    expect(appliedBy.second).toBeGreaterThan(0);
  });
});

/** The ids of the messages published for these claims (uuids, so safe to inline). */
function messagesOf(claimIds: string[]): string {
  return `SELECT id::text FROM outbox_messages WHERE key IN (${claimIds.map((id) => `'${id}'`).join(', ')})`;
}

/** Rows left in message_attempts: none once every message is applied or dead-lettered. */
async function attemptRows(url: string): Promise<number> {
  return (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM message_attempts'))[0]!.n;
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
