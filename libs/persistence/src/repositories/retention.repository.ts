import type { PrismaTx } from '../prisma';

/** What the retention job prunes, each kind past its own age. */
export const RETENTION_KINDS = ['publishedOutbox', 'processedMessages', 'expiredIdempotencyKeys', 'finishedBulkJobLines', 'deliveredDeliveries', 'abandonedMessageAttempts'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * Deletes rows the hub no longer needs, one small batch per call. Each call is a single
 * statement outside any transaction: it picks at most `limit` rows older than `olderThanMs`
 * (measured on the database's clock) through an index, skips rows another transaction holds
 * (SKIP LOCKED), and deletes exactly those by their physical address (`ctid = ANY(ARRAY(…))`, a
 * TID scan; `IN (SELECT …)` would hash-join against a scan of the whole table). So it only ever
 * locks the rows it deletes, for one statement, and never waits behind the hub's own work; a row
 * updated meanwhile is left for a later batch.
 */
export class RetentionRepository {
  constructor(private readonly db: PrismaTx) {}

  prune(kind: RetentionKind, olderThanMs: number, limit: number): Promise<number> {
    const ageSecs = olderThanMs / 1000;
    switch (kind) {
      case 'publishedOutbox':
        return this.prunePublishedOutbox(ageSecs, limit);
      case 'processedMessages':
        return this.pruneProcessedMessages(ageSecs, limit);
      case 'expiredIdempotencyKeys':
        return this.pruneIdempotencyRecords(ageSecs, limit);
      case 'finishedBulkJobLines':
        return this.pruneFinishedBulkJobLines(ageSecs, limit);
      case 'deliveredDeliveries':
        return this.pruneDeliveredDeliveries(ageSecs, limit);
      case 'abandonedMessageAttempts':
        return this.pruneAbandonedMessageAttempts(ageSecs, limit);
    }
  }

  /** Outbox messages the relay published (an unpublished one is never pruned, however old). */
  private prunePublishedOutbox(ageSecs: number, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM outbox_messages WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM outbox_messages
        WHERE published_at < now() - make_interval(secs => ${ageSecs})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED))`;
  }

  /** Message and webhook ids consumers recorded as applied. */
  private pruneProcessedMessages(ageSecs: number, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM processed_messages WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM processed_messages
        WHERE processed_at < now() - make_interval(secs => ${ageSecs})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED))`;
  }

  /** Stored Idempotency-Key responses past the key's lifetime (already treated as absent by IdempotencyRepository.find). */
  private pruneIdempotencyRecords(ageSecs: number, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM idempotency_records WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM idempotency_records
        WHERE created_at < now() - make_interval(secs => ${ageSecs})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED))`;
  }

  /** The stored lines of bulk jobs that finished (state done) long enough ago; the job, its errors and outcomes stay. */
  private pruneFinishedBulkJobLines(ageSecs: number, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM bulk_job_lines WHERE ctid = ANY(ARRAY(
        SELECT l.ctid FROM bulk_jobs j JOIN bulk_job_lines l ON l.job_id = j.id
        WHERE j.state = 'done' AND j.finished_at < now() - make_interval(secs => ${ageSecs})
        LIMIT ${limit} FOR UPDATE OF l SKIP LOCKED))`;
  }

  /** Webhook deliveries that reached their subscriber (pending and failed ones stay). */
  private pruneDeliveredDeliveries(ageSecs: number, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM deliveries WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM deliveries
        WHERE state = 'delivered' AND delivered_at < now() - make_interval(secs => ${ageSecs})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED))`;
  }

  /**
   * Failed-attempt counts not touched for the age: a consumer deletes its row when the message is
   * applied or dead-lettered, so these belong to messages it never took again (a renamed consumer, a
   * topic's retention).
   */
  private pruneAbandonedMessageAttempts(ageSecs: number, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM message_attempts WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM message_attempts
        WHERE updated_at < now() - make_interval(secs => ${ageSecs})
        LIMIT ${limit} FOR UPDATE SKIP LOCKED))`;
  }
}
