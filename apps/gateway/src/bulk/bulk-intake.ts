import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { Database, type StoredLine } from '@rma-hub/persistence';
import { HUB_CONFIG, problem, type HubConfig } from '@rma-hub/platform';
import type { Caller } from '../auth/caller';
import { readCsv, readNdjson } from './line-readers';

export type BulkFormat = 'ndjson' | 'csv';

const READERS: Record<BulkFormat, (body: Readable) => AsyncIterable<StoredLine>> = { ndjson: readNdjson, csv: readCsv };
const STORE_BATCH = 1_000;

/**
 * Receives a bulk file: streams it line by line into the job's stored lines (a thousand at a
 * time, so memory stays flat whatever the size) and queues the job. The same Idempotency-Key
 * answers with the same job (while the key lives, IDEMPOTENCY_KEY_TTL_HOURS); an upload that died
 * before it was stored whole is taken again.
 */
@Injectable()
export class BulkIntake {
  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async receive(caller: Caller, format: BulkFormat, body: Readable, idempotencyKey: string | undefined): Promise<{ jobId: string; received: number }> {
    if (caller.role !== 'reseller' && caller.role !== 'distributor') {
      throw problem(403, 'BULK.NOT_ALLOWED', 'Only resellers and distributors import claims');
    }
    const start = await this.startJob(caller, format, idempotencyKey);
    if (start.existing) {
      body.resume();
      return { jobId: start.jobId, received: start.existing.received };
    }
    let received = 0;
    let batch: StoredLine[] = [];
    for await (const line of READERS[format](body)) {
      batch.push(line);
      received += 1;
      if (batch.length === STORE_BATCH) {
        await this.db.repositories.bulkJobs.appendLines(start.jobId, batch);
        batch = [];
      }
    }
    await this.db.repositories.bulkJobs.appendLines(start.jobId, batch);
    await this.db.repositories.bulkJobs.finishReceiving(start.jobId, received);
    return { jobId: start.jobId, received };
  }

  private startJob(caller: Caller, format: BulkFormat, key: string | undefined): Promise<{ jobId: string; existing?: { received: number } }> {
    return this.db.transaction(async (tx) => {
      if (key) {
        await tx.idempotency.lock(caller.id, key);
        const stored = await tx.idempotency.find(caller.id, key, this.config.idempotency.keyTtlMs);
        const jobId = (stored?.body as { jobId?: string } | undefined)?.jobId;
        const job = jobId ? await tx.bulkJobs.owned(jobId, caller.id) : null;
        if (job && job.state !== 'receiving') return { jobId: job.id, existing: { received: job.received } };
        if (job) {
          await tx.bulkJobs.restartReceiving(job.id);
          return { jobId: job.id };
        }
      }
      const jobId = randomUUID();
      await tx.bulkJobs.create({ id: jobId, partyId: caller.id, kind: 'import', format });
      if (key) await tx.idempotency.save(caller.id, key, { requestHash: `bulk-import:${format}`, statusCode: 202, body: { jobId } });
      return { jobId };
    });
  }
}
