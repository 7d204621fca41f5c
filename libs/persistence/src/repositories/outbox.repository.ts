import { randomUUID } from 'node:crypto';
import { TOPICS, type TopicName, type TopicPayload } from '@rma-hub/contracts';
import type { PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';
import { currentTraceHeaders, StoredTraceHeaders, type TraceHeaders } from '../trace-context';

/** A message to store for the relay, its payload typed by its topic. */
export type OutgoingMessage = { [T in TopicName]: { topic: T; key: string; payload: TopicPayload<T> } }[TopicName];

export interface PendingMessage {
  id: string;
  topic: TopicName;
  key: string;
  payload: unknown;
  /** The trace context of the transaction that wrote it, sent on as Kafka headers. */
  headers: TraceHeaders;
  createdAt: Date;
}

/** Any constant shared by every relay: only one relay at a time publishes, which keeps per-key order. */
const RELAY_LOCK_ID = 0x726d61;
/** Held for its session by the one relay that listens for the outbox's notifications (not the lock above, which its own batches take). */
export const RELAY_LEADER_LOCK_ID = 0x726d62;
/** The channel every outbox insert notifies, at its transaction's commit (PostgreSQL folds a transaction's identical notifications into one). */
export const OUTBOX_CHANNEL = 'rma_outbox';

export class OutboxRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  /**
   * Validates the payload against its topic's contract and stores it for the relay, with the active
   * trace context in its headers; returns the message id.
   */
  async publish<T extends TopicName>(topic: T, key: string, payload: TopicPayload<T>): Promise<string> {
    const [id] = await this.publishAll([{ topic, key, payload } as OutgoingMessage]);
    return id!;
  }

  /** Stores a decision's messages in order, in one statement that also wakes the relays (NOTIFY, delivered at commit); returns their ids. */
  async publishAll(messages: OutgoingMessage[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const ids = messages.map(() => randomUUID());
    const payloads = messages.map((message) => JSON.stringify(TOPICS[message.topic].parse(message.payload)));
    await this.sql.rows`
      WITH stored AS (
        INSERT INTO outbox_messages (id, topic, key, payload, headers)
        SELECT m.id, m.topic, m.key, m.payload, ${JSON.stringify(currentTraceHeaders())}::jsonb
        FROM unnest(${ids}::uuid[], ${messages.map((message) => message.topic)}::text[], ${messages.map((message) => message.key)}::text[], ${payloads}::jsonb[])
               WITH ORDINALITY AS m(id, topic, key, payload, position)
        ORDER BY m.position
        RETURNING 1
      )
      SELECT pg_notify(${OUTBOX_CHANNEL}, '') FROM (SELECT 1 FROM stored LIMIT 1) AS any_stored`;
    return ids;
  }

  /** Stores many messages of one topic at once (bulk work, in one COPY), each validated against the contract. */
  async publishMany<T extends TopicName>(topic: T, messages: { key: string; payload: TopicPayload<T> }[]): Promise<void> {
    if (messages.length === 0) return;
    const headers = JSON.stringify(currentTraceHeaders());
    await this.sql.copyIn(
      'outbox_messages',
      ['id', 'topic', 'key', 'payload', 'headers'],
      messages.map((message) => [randomUUID(), topic, message.key, JSON.stringify(TOPICS[topic].parse(message.payload)), headers]),
    );
    await this.sql.rows`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  }

  /** Holds the relay lock until the surrounding transaction ends; false when another relay holds it. */
  async tryLockRelay(): Promise<boolean> {
    const [row] = await this.sql.rows<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${RELAY_LOCK_ID}) AS locked`;
    return row?.locked === true;
  }

  async pending(limit: number): Promise<PendingMessage[]> {
    const rows = await this.sql.rows<{ id: string; topic: string; key: string; payload: unknown; headers: unknown; created_ms: number }>`
      SELECT id, topic, key, payload, headers, extract(epoch FROM created_at) * 1000 AS created_ms
      FROM outbox_messages WHERE published_at IS NULL ORDER BY position LIMIT ${limit}`;
    return rows.map((row) => ({
      id: row.id,
      topic: row.topic as TopicName,
      key: row.key,
      payload: row.payload,
      headers: StoredTraceHeaders.parse(row.headers),
      createdAt: new Date(Number(row.created_ms)),
    }));
  }

  async markPublished(ids: string[]): Promise<void> {
    await this.sql.rows`UPDATE outbox_messages SET published_at = clock_timestamp() AT TIME ZONE 'UTC' WHERE id = ANY(${ids}::uuid[])`;
  }

  countPending(): Promise<number> {
    return this.db.outboxMessage.count({ where: { publishedAt: null } });
  }
}
