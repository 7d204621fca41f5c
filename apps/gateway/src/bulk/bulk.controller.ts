import type { Readable } from 'node:stream';
import { Controller, Get, Headers, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Database, type BulkJobRecord, type LineError } from '@rma-hub/persistence';
import { notFound, parseOrThrow, problem } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { BulkIntake, type BulkFormat } from './bulk-intake';

const FORMATS: Record<string, BulkFormat> = { 'application/x-ndjson': 'ndjson', 'text/csv': 'csv' };
const JobQuery = z.object({ errorsAfter: z.coerce.number().int().min(0).default(0), errorsLimit: z.coerce.number().int().min(1).max(1_000).default(100) });

function jobView(job: BulkJobRecord, errors: LineError[], errorsLimit: number) {
  const done = job.accepted + job.duplicates + job.rejected;
  return {
    id: job.id,
    kind: job.kind,
    format: job.format,
    state: job.state,
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
  ) {}

  /** An NDJSON or CSV file of claims, streamed; `202` once it is stored, processed in the background. */
  @Post('claims')
  async importClaims(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    const format = FORMATS[(request.headers['content-type'] ?? '').split(';')[0]!.trim()];
    if (!format) {
      throw problem(415, 'BULK.UNSUPPORTED_MEDIA_TYPE', 'Send claims as application/x-ndjson or text/csv');
    }
    const { jobId, received } = await this.intake.receive(caller, format, request.body as Readable, idempotencyKey);
    void reply.status(202).header('location', `/v1/bulk/${jobId}`);
    return { jobId, received, status: `/v1/bulk/${jobId}` };
  }

  /** A job's state, counts and progress, with its per-line errors a page at a time. */
  @Get(':jobId')
  async job(@CurrentCaller() caller: Caller, @Param('jobId') jobId: string, @Query() rawQuery: unknown) {
    const query = parseOrThrow(JobQuery, rawQuery, 'query');
    const job = z.uuid().safeParse(jobId).success ? await this.db.repositories.bulkJobs.owned(jobId, caller.id) : null;
    if (!job) throw notFound('Bulk job');
    const errors = await this.db.repositories.bulkJobs.errors(job.id, query.errorsAfter, query.errorsLimit);
    return jobView(job, errors, query.errorsLimit);
  }
}
