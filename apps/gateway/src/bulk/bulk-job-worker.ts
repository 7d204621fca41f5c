import type { BulkJobRecord, Database, LineError, PartyRecord, Repositories, StoredLine } from '@rma-hub/persistence';
import { Inject } from '@nestjs/common';
import { HubMetrics, LoopWorker, type HubConfig, type Logger } from '@rma-hub/platform';

/** What one batch of a job's lines came to. */
export interface BatchResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  errors: LineError[];
}

/**
 * Runs the queued bulk jobs of one kind, batch by batch. A batch is one transaction: the work the
 * lines ask for, their errors, the counts and the job's cursor commit together, so a crash repeats
 * at most the batch in flight, which never committed, and every line is done exactly once. A job
 * whose worker died is taken over by another once its lease lapses; one whose worker shuts down is
 * given back after the batch in hand.
 */
export abstract class BulkJobWorker extends LoopWorker {
  @Inject(HubMetrics) private readonly metrics!: HubMetrics;

  protected constructor(
    protected readonly db: Database,
    protected readonly config: HubConfig,
    logger: Logger,
    private readonly kind: string,
    private readonly batchSize: number,
  ) {
    super(`bulk-${kind}`, { concurrency: 1, idleMs: 200, logger });
  }

  /** Does what `lines` ask, inside the batch's transaction, on behalf of the job's owner. */
  protected abstract processLines(tx: Repositories, job: BulkJobRecord, owner: PartyRecord, lines: StoredLine[]): Promise<BatchResult>;

  async takeNext(): Promise<boolean> {
    const job = await this.db.repositories.bulkJobs.leaseNext(this.kind, this.config.bulk.leaseMs);
    if (!job) return false;
    while (await this.processBatch(job.id)) {
      if (this.stopping) {
        await this.db.repositories.bulkJobs.releaseLease(job.id);
        return false;
      }
    }
    return true;
  }

  /** Works through the job's next batch; false once there is none. */
  private async processBatch(jobId: string): Promise<boolean> {
    const result = await this.db.transaction(
      async (tx) => {
        const job = await tx.bulkJobs.lock(jobId);
        if (!job || job.state === 'done') return undefined;
        const lines = await tx.bulkJobs.lines(jobId, job.processedThrough, this.batchSize);
        const owner = await tx.network.party(job.partyId);
        if (lines.length === 0 || !owner) {
          await tx.bulkJobs.finish(jobId);
          return undefined;
        }
        const batch = await this.processLines(tx, job, owner, lines);
        await tx.bulkJobs.recordBatch(jobId, { throughLineNo: lines.at(-1)!.lineNo, ...batch, leaseMs: this.config.bulk.leaseMs });
        return batch;
      },
      { timeoutMs: 60_000 },
    );
    if (!result) return false;
    this.metrics.bulkLines.inc({ kind: this.kind, result: 'accepted' }, result.accepted);
    this.metrics.bulkLines.inc({ kind: this.kind, result: 'duplicate' }, result.duplicates);
    this.metrics.bulkLines.inc({ kind: this.kind, result: 'rejected' }, result.rejected);
    return true;
  }
}
