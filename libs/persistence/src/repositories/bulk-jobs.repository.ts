import { Prisma, type PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';
import { PORTAL_REQUEST_PROGRESS } from './portal-requests.repository';

/**
 * A job's outcomes, each with its claim's status and where its call to the portal stands (none when
 * it was not forwarded or has no portal). Only claims on the job owner's chain are joined: a claim
 * id it named off its chain reads exactly as one that does not exist.
 */
const outcomesNow = (jobId: string) => Prisma.sql`
  SELECT o.line_no, o.claim_id, o.manufacturer_id, o.outcome, o.detail, c.status,
    CASE ${PORTAL_REQUEST_PROGRESS} WHEN 'done' THEN 'opened' WHEN 'failed' THEN 'refused' ELSE coalesce(${PORTAL_REQUEST_PROGRESS}, 'none') END AS upstream
  FROM bulk_job_outcomes o
  JOIN bulk_jobs j ON j.id = o.job_id
  LEFT JOIN claim_hops h ON h.claim_id = o.claim_id AND h.party_id = j.party_id
  LEFT JOIN claims c ON c.id = h.claim_id
  LEFT JOIN portal_requests r ON r.claim_id = h.claim_id AND o.outcome = 'forwarded'
  WHERE o.job_id = ${jobId}::uuid`;

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

/** What a bulk forward did with one claim it was given. */
export interface ForwardOutcome {
  lineNo: number;
  claimId: string;
  manufacturerId: string | null;
  outcome: 'forwarded' | 'refused';
  detail: string | null;
}

/** A forward outcome with where the claim stands now, and the state of its call to the manufacturer's portal. */
export interface ForwardOutcomeNow extends ForwardOutcome {
  status: string | null;
  upstream: 'none' | 'pending' | 'waiting' | 'opened' | 'refused';
}

/** A bulk forward's outcomes for one manufacturer. */
export interface ForwardTally {
  manufacturerId: string | null;
  forwarded: number;
  refused: number;
  /** Forwarded claims whose RMA the portal has opened, whose call is waiting for the portal, or that the portal refused. */
  rmaOpened: number;
  waiting: number;
  refusedByPortal: number;
}

/** Which of a distributor's claims in review a bulk forward takes (see BulkForwardRequest). */
export interface ClaimsInReviewFilter {
  manufacturer?: string | undefined;
  reseller?: string | undefined;
  submittedBefore?: string | undefined;
}

/** Bulk jobs, their stored lines, and the errors found in them. */
export class BulkJobsRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  async create(job: { id: string; partyId: string; kind: string; format: string | null }): Promise<void> {
    await this.db.bulkJob.create({ data: { ...job, state: 'receiving' } });
  }

  /** Holds a job in `receiving` for the upload receiving it, for `leaseMs` from now: another upload with its key does not take it over meanwhile. */
  async holdReceiving(jobId: string, leaseMs: number): Promise<void> {
    await this.db.$executeRaw`UPDATE bulk_jobs SET lease_until = now() + make_interval(secs => ${leaseMs / 1000}) WHERE id = ${jobId}::uuid AND state = 'receiving'`;
  }

  /** Whether an upload is still receiving the job (its hold has not lapsed, on the database's clock). */
  async isBeingReceived(jobId: string): Promise<boolean> {
    const rows = await this.db.$queryRaw<unknown[]>`SELECT 1 FROM bulk_jobs WHERE id = ${jobId}::uuid AND state = 'receiving' AND lease_until > now()`;
    return rows.length > 0;
  }

  /** Deletes a job whose upload was refused, with the lines stored so far. */
  async discard(jobId: string): Promise<void> {
    await this.db.bulkJobLine.deleteMany({ where: { jobId } });
    await this.db.bulkJob.delete({ where: { id: jobId } });
  }

  /**
   * Streams lines into the job's stored lines in one COPY, as they come (memory stays flat whatever
   * their number); answers how many. If `lines` throws, none of them is stored.
   */
  appendLines(jobId: string, lines: Iterable<StoredLine> | AsyncIterable<StoredLine>): Promise<number> {
    return this.sql.copyIn('bulk_job_lines', ['job_id', 'line_no', 'payload', 'parse_error'], rowsOf(jobId, lines));
  }

  /**
   * Stores, as the job's lines, the distributor's claims in review that match `filter`, grouped by
   * manufacturer (one statement, whatever their number); answers how many.
   */
  appendClaimsInReview(jobId: string, distributorId: string, filter: ClaimsInReviewFilter): Promise<number> {
    return this.db.$executeRaw`
      INSERT INTO bulk_job_lines (job_id, line_no, payload)
      SELECT ${jobId}::uuid, row_number() OVER (ORDER BY manufacturer_id, created_at, id), jsonb_build_object('claimId', id)
      FROM claims
      WHERE distributor_id = ${distributorId} AND status = 'in_review'
        AND (${filter.manufacturer ?? null}::text IS NULL OR manufacturer_id = ${filter.manufacturer ?? null})
        AND (${filter.reseller ?? null}::text IS NULL OR reseller_id = ${filter.reseller ?? null})
        AND (${filter.submittedBefore ?? null}::timestamptz IS NULL OR created_at < ${filter.submittedBefore ?? null}::timestamptz)`;
  }

  async finishReceiving(jobId: string, received: number): Promise<void> {
    await this.db.bulkJob.update({ where: { id: jobId }, data: { state: 'queued', received, leaseUntil: null } });
  }

  /** Starts the intake of a job over (its first upload died before it was stored whole). */
  async restartReceiving(jobId: string): Promise<void> {
    await this.db.bulkJobLine.deleteMany({ where: { jobId } });
    await this.db.bulkJob.update({ where: { id: jobId }, data: { state: 'receiving', received: 0 } });
  }

  owned(jobId: string, partyId: string): Promise<BulkJobRecord | null> {
    return this.db.bulkJob.findFirst({ where: { id: jobId, partyId } });
  }

  /** The party's own jobs, newest first, after the job `cursor` (one of its own; another party's id gives an empty page). */
  async listOwned(partyId: string, query: { kind?: string | undefined; cursor?: string | undefined; limit: number }): Promise<BulkJobRecord[]> {
    if (query.cursor && !(await this.owned(query.cursor, partyId))) return [];
    return this.db.bulkJob.findMany({
      where: { partyId, ...(query.kind ? { kind: query.kind } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    });
  }

  /** Takes the oldest unfinished job of `kind` whose lease has lapsed, for `leaseMs`. */
  async leaseNext(kind: string, leaseMs: number): Promise<BulkJobRecord | null> {
    const [row] = await this.sql.rows<{ id: string }>`
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

  /** The job's next lines after `afterLineNo`, in order (one plain query: Prisma's reading of many JSON rows costs several times more). */
  lines(jobId: string, afterLineNo: number, limit: number): Promise<StoredLine[]> {
    return this.sql.query<StoredLine>(
      'SELECT line_no AS "lineNo", payload, parse_error AS "parseError" FROM bulk_job_lines WHERE job_id = $1 AND line_no > $2 ORDER BY line_no LIMIT $3',
      [jobId, afterLineNo, limit],
    );
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

  /**
   * Gives a running job back to the queue at once (its worker is shutting down), or a job in
   * `receiving` to the next upload with its key (this one died), without waiting for the lease to lapse.
   */
  async releaseLease(jobId: string): Promise<void> {
    await this.db.bulkJob.updateMany({ where: { id: jobId, state: { in: ['running', 'receiving'] } }, data: { leaseUntil: null } });
  }

  async finish(jobId: string): Promise<void> {
    await this.db.bulkJob.update({ where: { id: jobId }, data: { state: 'done', finishedAt: new Date(), leaseUntil: null } });
  }

  async recordOutcomes(jobId: string, outcomes: ForwardOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.db.$executeRaw`
      INSERT INTO bulk_job_outcomes (job_id, line_no, claim_id, manufacturer_id, outcome, detail)
      SELECT ${jobId}::uuid, * FROM unnest(${outcomes.map((o) => o.lineNo)}::int[], ${outcomes.map((o) => o.claimId)}::uuid[],
        ${outcomes.map((o) => o.manufacturerId)}::text[], ${outcomes.map((o) => o.outcome)}::text[], ${outcomes.map((o) => o.detail)}::text[])`;
  }

  async outcomes(jobId: string, afterLineNo: number, limit: number): Promise<ForwardOutcomeNow[]> {
    const rows = await this.db.$queryRaw<
      { line_no: number; claim_id: string; manufacturer_id: string | null; outcome: 'forwarded' | 'refused'; detail: string | null; status: string | null; upstream: ForwardOutcomeNow['upstream'] }[]
    >`SELECT * FROM (${outcomesNow(jobId)}) AS t WHERE line_no > ${afterLineNo} ORDER BY line_no LIMIT ${limit}`;
    return rows.map((row) => ({ lineNo: row.line_no, claimId: row.claim_id, manufacturerId: row.manufacturer_id, outcome: row.outcome, detail: row.detail, status: row.status, upstream: row.upstream }));
  }

  /** The job's outcomes counted per manufacturer, with how far the forwarded claims have got at their portals. */
  async tallyByManufacturer(jobId: string): Promise<ForwardTally[]> {
    const rows = await this.db.$queryRaw<{ manufacturer_id: string | null; forwarded: number; refused: number; rma_opened: number; waiting: number; refused_by_portal: number }[]>`
      SELECT manufacturer_id,
        count(*) FILTER (WHERE outcome = 'forwarded')::int AS forwarded,
        count(*) FILTER (WHERE outcome = 'refused')::int AS refused,
        count(*) FILTER (WHERE upstream = 'opened')::int AS rma_opened,
        count(*) FILTER (WHERE upstream = 'waiting')::int AS waiting,
        count(*) FILTER (WHERE upstream = 'refused')::int AS refused_by_portal
      FROM (${outcomesNow(jobId)}) AS t
      GROUP BY manufacturer_id ORDER BY manufacturer_id NULLS LAST`;
    return rows.map((row) => ({
      manufacturerId: row.manufacturer_id,
      forwarded: row.forwarded,
      refused: row.refused,
      rmaOpened: row.rma_opened,
      waiting: row.waiting,
      refusedByPortal: row.refused_by_portal,
    }));
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

async function* rowsOf(jobId: string, lines: Iterable<StoredLine> | AsyncIterable<StoredLine>) {
  for await (const line of lines) yield [jobId, line.lineNo, line.payload === null ? null : JSON.stringify(line.payload), line.parseError];
}
