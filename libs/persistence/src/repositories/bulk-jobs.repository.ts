import type { PrismaTx } from '../prisma';

export interface BulkJobRecord {
  id: string;
  partyId: string;
  kind: string;
  format: string | null;
  state: string;
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  processedThrough: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface StoredLine {
  lineNo: number;
  payload: unknown;
  parseError: string | null;
}

export interface LineError {
  lineNo: number;
  pointer: string;
  detail: string;
}

/** Bulk jobs, their stored lines, and the errors found in them. */
export class BulkJobsRepository {
  constructor(private readonly db: PrismaTx) {}

  async create(job: { id: string; partyId: string; kind: string; format: string | null }): Promise<void> {
    await this.db.bulkJob.create({ data: { ...job, state: 'receiving' } });
  }

  /** Stores a batch of received lines in one statement (INSERT … SELECT FROM unnest, as for bulk claims). */
  async appendLines(jobId: string, lines: StoredLine[]): Promise<void> {
    if (lines.length === 0) return;
    await this.db.$executeRaw`
      INSERT INTO bulk_job_lines (job_id, line_no, payload, parse_error)
      SELECT ${jobId}::uuid, line_no, payload::jsonb, parse_error
      FROM unnest(${lines.map((line) => line.lineNo)}::int[], ${lines.map((line) => (line.payload === null ? null : JSON.stringify(line.payload)))}::text[],
                  ${lines.map((line) => line.parseError)}::text[]) AS t(line_no, payload, parse_error)`;
  }

  async finishReceiving(jobId: string, received: number): Promise<void> {
    await this.db.bulkJob.update({ where: { id: jobId }, data: { state: 'queued', received } });
  }

  /** Starts the intake of a job over (its first upload died before it was stored whole). */
  async restartReceiving(jobId: string): Promise<void> {
    await this.db.bulkJobLine.deleteMany({ where: { jobId } });
    await this.db.bulkJob.update({ where: { id: jobId }, data: { state: 'receiving', received: 0 } });
  }

  owned(jobId: string, partyId: string): Promise<BulkJobRecord | null> {
    return this.db.bulkJob.findFirst({ where: { id: jobId, partyId } });
  }

  /** Takes the oldest unfinished job of `kind` whose lease has lapsed, for `leaseMs`. */
  async leaseNext(kind: string, leaseMs: number): Promise<BulkJobRecord | null> {
    const [row] = await this.db.$queryRaw<{ id: string }[]>`
      UPDATE bulk_jobs SET state = 'running', lease_until = now() + make_interval(secs => ${leaseMs / 1000}), started_at = coalesce(started_at, now())
      WHERE id = (
        SELECT id FROM bulk_jobs WHERE kind = ${kind} AND state IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    return row ? this.db.bulkJob.findUnique({ where: { id: row.id } }) : null;
  }

  /** Locks the job for one batch; the caller's transaction then owns its cursor. */
  async lock(jobId: string): Promise<BulkJobRecord | null> {
    await this.db.$executeRaw`SELECT 1 FROM bulk_jobs WHERE id = ${jobId}::uuid FOR UPDATE`;
    return this.db.bulkJob.findUnique({ where: { id: jobId } });
  }

  lines(jobId: string, afterLineNo: number, limit: number): Promise<StoredLine[]> {
    return this.db.bulkJobLine.findMany({
      where: { jobId, lineNo: { gt: afterLineNo } },
      orderBy: { lineNo: 'asc' },
      take: limit,
      select: { lineNo: true, payload: true, parseError: true },
    });
  }

  /** Records one processed batch: counts, errors, the new cursor and a renewed lease. */
  async recordBatch(jobId: string, batch: { throughLineNo: number; accepted: number; duplicates: number; rejected: number; errors: LineError[]; leaseMs: number }): Promise<void> {
    if (batch.errors.length > 0) await this.db.bulkJobError.createMany({ data: batch.errors.map((error) => ({ jobId, ...error })) });
    await this.db.bulkJob.update({
      where: { id: jobId },
      data: {
        processedThrough: batch.throughLineNo,
        accepted: { increment: batch.accepted },
        duplicates: { increment: batch.duplicates },
        rejected: { increment: batch.rejected },
        leaseUntil: new Date(Date.now() + batch.leaseMs),
      },
    });
  }

  async finish(jobId: string): Promise<void> {
    await this.db.bulkJob.update({ where: { id: jobId }, data: { state: 'done', finishedAt: new Date(), leaseUntil: null } });
  }

  errors(jobId: string, afterLineNo: number, limit: number): Promise<LineError[]> {
    return this.db.bulkJobError.findMany({
      where: { jobId, lineNo: { gt: afterLineNo } },
      orderBy: [{ lineNo: 'asc' }, { pointer: 'asc' }],
      take: limit,
      select: { lineNo: true, pointer: true, detail: true },
    });
  }
}
