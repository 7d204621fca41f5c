import { Inject, Injectable } from '@nestjs/common';
import { Database, RETENTION_KINDS, type RetentionKind } from '@rma-hub/persistence';
import { HUB_CONFIG, LOGGER, LoopWorker, type HubConfig, type Logger } from '@rma-hub/platform';

/**
 * The retention job. Every `RETENTION_INTERVAL_MS` it starts a pass that deletes, in batches of
 * `RETENTION_BATCH_SIZE` rows (one short statement each, outside any transaction), what the hub
 * no longer needs: published outbox messages, processed message ids, expired idempotency records,
 * lines of finished bulk jobs, delivered deliveries and abandoned failed-attempt counts of messages
 * (with the processed message ids' age), each older than its configured age. A kind
 * is taken again while its batches come back full; once every kind has come back short the pass
 * ends and the job idles. Several routers may run it at once: each batch skips the rows another
 * holds.
 */
@Injectable()
export class PruneOldRecords extends LoopWorker {
  private readonly ages: Record<RetentionKind, number>;
  private readonly batchSize: number;
  /** The kinds whose last batch in this pass came back full, so may have more to prune. */
  private remaining = new Set<RetentionKind>(RETENTION_KINDS);
  private pruned = emptyTally();

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) config: HubConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super('retention', { concurrency: 1, idleMs: config.retention.intervalMs, logger });
    const { retention } = config;
    this.batchSize = retention.batchSize;
    this.ages = {
      publishedOutbox: retention.publishedOutboxMs,
      processedMessages: retention.processedMessagesMs,
      expiredIdempotencyKeys: config.idempotency.keyTtlMs,
      finishedBulkJobLines: retention.finishedBulkJobLinesMs,
      deliveredDeliveries: retention.deliveredDeliveriesMs,
      abandonedMessageAttempts: retention.processedMessagesMs,
    };
  }

  /** Prunes one batch of each kind still in the pass; false once the pass is over (every kind came back short). */
  async takeNext(): Promise<boolean> {
    for (const kind of [...this.remaining]) {
      const deleted = await this.db.repositories.retention.prune(kind, this.ages[kind], this.batchSize);
      this.pruned[kind] += deleted;
      if (deleted < this.batchSize) this.remaining.delete(kind);
    }
    if (this.remaining.size > 0) return true;
    this.endPass();
    return false;
  }

  private endPass(): void {
    if (Object.values(this.pruned).some((count) => count > 0)) this.logger.info({ pruned: this.pruned }, 'retention pass pruned old records');
    this.remaining = new Set(RETENTION_KINDS);
    this.pruned = emptyTally();
  }
}

function emptyTally(): Record<RetentionKind, number> {
  return { publishedOutbox: 0, processedMessages: 0, expiredIdempotencyKeys: 0, finishedBulkJobLines: 0, deliveredDeliveries: 0, abandonedMessageAttempts: 0 };
}
