import type { BulkJobRecord, Database, LineError, PartyRecord, Repositories, StoredLine } from '@rma-hub/persistence';
import { LoopWorker, type HubConfig, type Logger } from '@rma-hub/platform';

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

  private processBatch(jobId: string): Promise<boolean> {
    return this.db.transaction(
      async (tx) => {
        const job = await tx.bulkJobs.lock(jobId);
        if (!job || job.state === 'done') return false;
        const lines = await tx.bulkJobs.lines(jobId, job.processedThrough, this.batchSize);
        const owner = await tx.network.party(job.partyId);
        if (lines.length === 0 || !owner) {
          await tx.bulkJobs.finish(jobId);
          return false;
        }
        const result = await this.processLines(tx, job, owner, lines);
        await tx.bulkJobs.recordBatch(jobId, { throughLineNo: lines.at(-1)!.lineNo, ...result, leaseMs: this.config.bulk.leaseMs });
        return true;
      },
      { timeoutMs: 60_000 },
    );
  }
}
