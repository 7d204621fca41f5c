import { z } from 'zod';
import { ClaimStatus } from '../vocabulary';

/** Queries and answers of the bulk jobs: imports of claim files and forwards of many claims. */

const Timestamp = z.iso.datetime();
const pageSize = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const position = () => z.coerce.number().int().min(0).default(0);

/** Query of `GET /v1/bulk/{jobId}`: the job's line errors, a page at a time. */
export const BulkJobQuery = z.object({
  errorsAfter: position().meta({ description: 'Line errors after this line number (nextErrorsAfter of the previous page).' }),
  errorsLimit: pageSize(1_000, 100),
});

/** Query of `GET /v1/bulk/{jobId}/outcomes`. */
export const BulkOutcomesQuery = z.object({
  after: position().meta({ description: 'Outcomes after this line number (nextAfter of the previous page).' }),
  limit: pageSize(1_000, 100),
});

export const BulkJobAccepted = z
  .object({
    jobId: z.uuid(),
    received: z.number().int().meta({ description: 'Lines (claims) received; an import counts them as it stores the file.' }),
    status: z.string().meta({ description: "The job's URL (also in the Location header)." }),
  })
  .meta({ id: 'BulkJobAccepted' });
export type BulkJobAccepted = z.infer<typeof BulkJobAccepted>;

export const LineErrorView = z
  .object({ line: z.number().int(), pointer: z.string().meta({ description: 'JSON Pointer into the line\'s claim; "" is the whole line.' }), detail: z.string() })
  .meta({ id: 'LineError' });
export type LineErrorView = z.infer<typeof LineErrorView>;

export const ManufacturerTally = z
  .object({
    manufacturer: z.string().nullable(),
    forwarded: z.number().int(),
    refused: z.number().int(),
    rmaOpened: z.number().int().meta({ description: 'Forwarded claims whose RMA the portal has opened.' }),
    waiting: z.number().int().meta({ description: 'Forwarded claims whose portal call is waiting for the portal.' }),
    refusedByPortal: z.number().int(),
  })
  .meta({ id: 'ManufacturerTally' });
export type ManufacturerTally = z.infer<typeof ManufacturerTally>;

export const BulkJobView = z
  .object({
    id: z.uuid(),
    kind: z.enum(['import', 'forward']),
    format: z.enum(['ndjson', 'csv', 'claims', 'filter']).nullable().meta({ description: "An import's file format; how a forward named its claims." }),
    state: z.enum(['receiving', 'queued', 'running', 'done']),
    counts: z.object({
      received: z.number().int(),
      accepted: z.number().int().meta({ description: 'Claims stored (an import) or forwarded (a forward).' }),
      duplicates: z.number().int(),
      rejected: z.number().int().meta({ description: 'Lines rejected (an import) or claims refused (a forward).' }),
      done: z.number().int(),
    }),
    progress: z.number().min(0).max(1),
    createdAt: Timestamp,
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
    errors: z.object({ items: z.array(LineErrorView), nextErrorsAfter: z.number().int().nullable() }),
    manufacturers: z.array(ManufacturerTally).optional().meta({ description: 'A forward only: its outcomes per manufacturer.' }),
  })
  .meta({ id: 'BulkJob' });
export type BulkJobView = z.infer<typeof BulkJobView>;

export const ForwardOutcomeView = z
  .object({
    line: z.number().int(),
    claimId: z.string(),
    manufacturer: z.string().nullable(),
    outcome: z.enum(['forwarded', 'refused']),
    detail: z.string().nullable().meta({ description: 'Why it was refused.' }),
    status: ClaimStatus.nullable().meta({ description: "The claim's status now; null for an id that names no claim of the caller's." }),
    upstream: z.enum(['none', 'pending', 'waiting', 'opened', 'refused']).meta({ description: "The state of the claim's portal call." }),
  })
  .meta({ id: 'ForwardOutcome' });
export type ForwardOutcomeView = z.infer<typeof ForwardOutcomeView>;

export const ForwardOutcomePage = z
  .object({ items: z.array(ForwardOutcomeView), nextAfter: z.number().int().nullable() })
  .meta({ id: 'ForwardOutcomePage' });
export type ForwardOutcomePage = z.infer<typeof ForwardOutcomePage>;

/** Query of `GET /v1/bulk`: the caller's own jobs, newest first. */
export const BulkJobsQuery = z.object({
  kind: z.enum(['import', 'forward']).optional(),
  cursor: z.uuid({ error: 'must be the nextCursor of the previous page' }).optional(),
  limit: pageSize(100, 20),
});
export type BulkJobsQuery = z.infer<typeof BulkJobsQuery>;

export const BulkJobSummary = BulkJobView.omit({ errors: true, manufacturers: true }).meta({ id: 'BulkJobSummary' });
export type BulkJobSummary = z.infer<typeof BulkJobSummary>;

export const BulkJobList = z
  .object({ jobs: z.array(BulkJobSummary), nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next (older) page; null on the last.' }) })
  .meta({ id: 'BulkJobList' });
export type BulkJobList = z.infer<typeof BulkJobList>;
