import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { Database, type StoredLine } from '@rma-hub/persistence';
import { HUB_CONFIG, problem, ProblemException, type HubConfig } from '@rma-hub/platform';
import type { Caller } from '../auth/caller';
import { checkIdempotencyKey, keyReused } from '../claims/idempotency';
import { readCsv, readNdjson, type LineLimit } from './line-readers';

export type BulkFormat = 'ndjson' | 'csv';

const READERS: Record<BulkFormat, (body: AsyncIterable<Buffer>, limit: LineLimit) => AsyncIterable<StoredLine>> = { ndjson: readNdjson, csv: readCsv };
/** The request fingerprint of an import under an Idempotency-Key while its file is still being received (the file's own once stored). */
const IMPORT_FINGERPRINT_PREFIX = 'bulk-import:';
const RECEIVING = `${IMPORT_FINGERPRINT_PREFIX}receiving`;

const fingerprint = (format: BulkFormat, sha256: string) => `${IMPORT_FINGERPRINT_PREFIX}${format}:${sha256}`;

/** The upload's bytes, counted against BULK_MAX_UPLOAD_BYTES and hashed as they pass; reading stops at the limit. */
class UploadBytes implements AsyncIterable<Buffer> {
  private readonly hash = createHash('sha256');

  constructor(
    private readonly body: Readable,
    private readonly maxBytes: number,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    let total = 0;
    // Not destroyed when left early: destroying the request would reset the connection before the 413 gets out.
    for await (const chunk of this.body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > this.maxBytes) {
        throw problem(413, 'BULK.UPLOAD_TOO_LARGE', 'The file is too large', {
          detail: `An upload may be at most BULK_MAX_UPLOAD_BYTES (${this.maxBytes} bytes); split the file. Nothing of it was stored.`,
        });
      }
      this.hash.update(chunk);
      yield chunk;
    }
  }

  /** Reads what is left (a repeated upload, only to be fingerprinted). */
  async drain(): Promise<void> {
    for await (const _chunk of this);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}

type Start = { jobId: string; repeatOf?: { received: number; fingerprint: string } };

/**
 * Receives a bulk file: streams it line by line into the job's stored lines (one COPY, paced by
 * the database, so memory stays flat whatever the size) and queues the job. Over BULK_MAX_UPLOAD_BYTES or
 * BULK_MAX_LINES the upload is refused (413) and its job deleted. The same Idempotency-Key with
 * the same file answers with the same job (while the key lives, IDEMPOTENCY_KEY_TTL_HOURS); with
 * another file, 422; while the first upload is still being received, 409. An upload that died
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
    if (idempotencyKey !== undefined) checkIdempotencyKey(idempotencyKey);
    const upload = new UploadBytes(body, this.config.bulk.maxUploadBytes);
    const start = await this.startJob(caller, format, idempotencyKey);
    if (start.repeatOf) {
      await upload.drain();
      if (fingerprint(format, upload.sha256()) !== start.repeatOf.fingerprint) throw keyReused();
      return { jobId: start.jobId, received: start.repeatOf.received };
    }
    const { leaseMs } = this.config.bulk;
    const hold = setInterval(() => void this.db.repositories.bulkJobs.holdReceiving(start.jobId, leaseMs).catch(() => undefined), leaseMs / 3);
    try {
      const received = await this.db.repositories.bulkJobs.appendLines(start.jobId, this.withinLineLimit(READERS[format](upload, this.config.bulk)));
      await this.db.transaction(async (tx) => {
        await tx.bulkJobs.finishReceiving(start.jobId, received);
        if (idempotencyKey !== undefined) {
          await tx.idempotency.save(caller.id, idempotencyKey, { requestHash: fingerprint(format, upload.sha256()), statusCode: 202, body: { jobId: start.jobId } });
        }
      });
      return { jobId: start.jobId, received };
    } catch (error) {
      if (error instanceof ProblemException && error.getStatus() === 413) await this.discard(caller, start.jobId, idempotencyKey);
      else await this.db.repositories.bulkJobs.releaseLease(start.jobId);
      throw error;
    } finally {
      clearInterval(hold);
    }
  }

  /** A refused upload leaves nothing behind: its job, its lines, and the key's claim on the job. */
  private discard(caller: Caller, jobId: string, key: string | undefined): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.bulkJobs.discard(jobId);
      if (key !== undefined) await tx.idempotency.forget(caller.id, key, { requestHash: RECEIVING, body: { jobId } });
    });
  }

  /** The lines, refused (413) past BULK_MAX_LINES. */
  private async *withinLineLimit(lines: AsyncIterable<StoredLine>): AsyncIterable<StoredLine> {
    const { maxLines } = this.config.bulk;
    let received = 0;
    for await (const line of lines) {
      received += 1;
      if (received > maxLines) {
        throw problem(413, 'BULK.TOO_MANY_LINES', 'The file has too many lines', {
          detail: `A job may have at most BULK_MAX_LINES (${maxLines}) lines; split the file. Nothing of it was stored.`,
        });
      }
      yield line;
    }
  }

  private startJob(caller: Caller, format: BulkFormat, key: string | undefined): Promise<Start> {
    const { leaseMs } = this.config.bulk;
    return this.db.transaction(async (tx) => {
      if (key !== undefined) {
        await tx.idempotency.lock(caller.id, key);
        const stored = await tx.idempotency.find(caller.id, key, this.config.idempotency.keyTtlMs);
        if (stored && !stored.requestHash.startsWith(IMPORT_FINGERPRINT_PREFIX)) throw keyReused();
        const jobId = (stored?.body as { jobId?: string } | undefined)?.jobId;
        const job = jobId ? await tx.bulkJobs.owned(jobId, caller.id) : null;
        if (job && job.state !== 'receiving') return { jobId: job.id, repeatOf: { received: job.received, fingerprint: stored!.requestHash } };
        if (job && (await tx.bulkJobs.isBeingReceived(job.id))) {
          throw problem(409, 'IDEMPOTENCY.IN_PROGRESS', 'An upload with this Idempotency-Key is still being received', {
            detail: 'Wait for it to be answered, then repeat the request to get its outcome.',
          });
        }
        if (job) {
          await tx.bulkJobs.restartReceiving(job.id);
          await tx.bulkJobs.holdReceiving(job.id, leaseMs);
          return { jobId: job.id };
        }
      }
      const jobId = randomUUID();
      await tx.bulkJobs.create({ id: jobId, partyId: caller.id, kind: 'import', format });
      await tx.bulkJobs.holdReceiving(jobId, leaseMs);
      if (key !== undefined) await tx.idempotency.save(caller.id, key, { requestHash: RECEIVING, statusCode: 202, body: { jobId } });
      return { jobId };
    });
  }
}
