import type { Readable } from 'node:stream';
import { Controller, Get, Headers, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BulkForwardRequest,
  BulkJobQuery,
  BulkJobsQuery,
  BulkJobView,
  BulkOutcomesQuery,
  ClaimStatus,
  type BulkJobAccepted,
  type BulkJobList,
  type ForwardOutcomePage,
  type ForwardOutcomeView,
  type ManufacturerTally,
} from '@rma-hub/contracts';
import { Database, type BulkJobRecord, type ForwardOutcomeNow, type ForwardTally, type LineError } from '@rma-hub/persistence';
import { notFound, parseOrThrow, problem, STREAMED_BODY } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Idempotency } from '../claims/idempotency';
import { BulkIntake, type BulkFormat } from './bulk-intake';
import { StartBulkForward } from './start-bulk-forward';

const FORMATS: Record<string, BulkFormat> = { 'application/x-ndjson': 'ndjson', 'text/csv': 'csv' };
// The store keeps these as text; the contract promises the vocabulary, so a stray value fails here.
const { kind: JobKind, format: JobFormat, state: JobState } = BulkJobView.shape;
const OutcomeStatus = ClaimStatus.nullable();

function tallyView(tally: ForwardTally): ManufacturerTally {
  return { manufacturer: tally.manufacturerId, forwarded: tally.forwarded, refused: tally.refused, rmaOpened: tally.rmaOpened, waiting: tally.waiting, refusedByPortal: tally.refusedByPortal };
}

function outcomeView(outcome: ForwardOutcomeNow): ForwardOutcomeView {
  return {
    line: outcome.lineNo,
    claimId: outcome.claimId,
    manufacturer: outcome.manufacturerId,
    outcome: outcome.outcome,
    detail: outcome.detail,
    status: OutcomeStatus.parse(outcome.status),
    upstream: outcome.upstream,
  };
}

function jobView(job: BulkJobRecord, errors: LineError[], errorsLimit: number): BulkJobView {
  const done = job.accepted + job.duplicates + job.rejected;
  return {
    id: job.id,
    kind: JobKind.parse(job.kind),
    format: JobFormat.parse(job.format),
    state: JobState.parse(job.state),
    counts: { received: job.received, accepted: job.accepted, duplicates: job.duplicates, rejected: job.rejected, done },
    progress: job.received === 0 ? (job.state === 'done' ? 1 : 0) : Math.round((done / job.received) * 1000) / 1000,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    errors: {
      items: errors.map((error) => ({ line: error.lineNo, pointer: error.pointer, detail: error.detail })),
      nextErrorsAfter: errors.length === errorsLimit ? (errors.at(-1)?.lineNo ?? null) : null,
    },
  };
}

@Controller('v1/bulk')
@UseGuards(ApiKeyGuard)
export class BulkController {
  constructor(
    private readonly db: Database,
    private readonly intake: BulkIntake,
    private readonly idempotency: Idempotency,
    private readonly startForward: StartBulkForward,
  ) {}

  /** An NDJSON or CSV file of claims, streamed; `202` once it is stored, processed in the background. */
  @Post('claims')
  @RouteConfig(STREAMED_BODY)
  async importClaims(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<BulkJobAccepted> {
    const format = FORMATS[(request.headers['content-type'] ?? '').split(';')[0]!.trim()];
    if (!format) {
      throw problem(415, 'BULK.UNSUPPORTED_MEDIA_TYPE', 'Send claims as application/x-ndjson or text/csv');
    }
    const { jobId, received } = await this.intake.receive(caller, format, request.body as Readable, idempotencyKey).catch((error: unknown) => {
      // A refused upload is not read to its end: the connection closes after the answer instead.
      if (!request.raw.complete) void reply.header('connection', 'close');
      throw error;
    });
    void reply.status(202).header('location', `/v1/bulk/${jobId}`);
    return { jobId, received, status: `/v1/bulk/${jobId}` };
  }

  /** A distributor forwards many claims under review to their manufacturers: by ids, or by filter. `202` with the job. */
  @Post('forward')
  async forward(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    const body = parseOrThrow(BulkForwardRequest, request.body, 'bulk forward');
    const outcome = await this.idempotency.run(caller.id, idempotencyKey, request, (tx) => this.startForward.execute(tx, caller, body));
    void reply.status(outcome.statusCode).header('location', (outcome.body as { status: string }).status);
    return outcome.body;
  }

  /** The caller's own jobs (imports and forwards), newest first, a page at a time. */
  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<BulkJobList> {
    const query = parseOrThrow(BulkJobsQuery, rawQuery, 'query');
    const jobs = await this.db.repositories.bulkJobs.listOwned(caller.id, query);
    return {
      jobs: jobs.map((job) => {
        const { errors: _errors, ...summary } = jobView(job, [], 0);
        return summary;
      }),
      nextCursor: jobs.length === query.limit ? (jobs.at(-1)?.id ?? null) : null,
    };
  }

  /** A job's state, counts and progress, with its per-line errors a page at a time; a forward also counts its outcomes per manufacturer. */
  @Get(':jobId')
  async job(@CurrentCaller() caller: Caller, @Param('jobId') jobId: string, @Query() rawQuery: unknown): Promise<BulkJobView> {
    const query = parseOrThrow(BulkJobQuery, rawQuery, 'query');
    const job = await this.ownedJob(caller, jobId);
    const errors = await this.db.repositories.bulkJobs.errors(job.id, query.errorsAfter, query.errorsLimit);
    const view = jobView(job, errors, query.errorsLimit);
    if (job.kind !== 'forward') return view;
    return { ...view, manufacturers: (await this.db.repositories.bulkJobs.tallyByManufacturer(job.id)).map(tallyView) };
  }

  /** A bulk forward's outcome for each claim, a page at a time, with where the claim stands now. */
  @Get(':jobId/outcomes')
  async outcomes(@CurrentCaller() caller: Caller, @Param('jobId') jobId: string, @Query() rawQuery: unknown): Promise<ForwardOutcomePage> {
    const query = parseOrThrow(BulkOutcomesQuery, rawQuery, 'query');
    const job = await this.ownedJob(caller, jobId);
    const items = await this.db.repositories.bulkJobs.outcomes(job.id, query.after, query.limit);
    return { items: items.map(outcomeView), nextAfter: items.length === query.limit ? (items.at(-1)?.lineNo ?? null) : null };
  }

  private async ownedJob(caller: Caller, jobId: string): Promise<BulkJobRecord> {
    const job = z.uuid().safeParse(jobId).success ? await this.db.repositories.bulkJobs.owned(jobId, caller.id) : null;
    if (!job) throw notFound('Bulk job');
    return job;
  }
}
