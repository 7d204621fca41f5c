import type { BulkJob, ForwardOutcome, LineError } from '@rma-hub/api-client';
import type { HubClient } from '../http/hub-client';
import { collect } from '../http/paging';
import type { Output } from '../output/output';
import { jobCounts, lineErrorsTable, manufacturersTable, refusedTable } from '../output/tables';

const ERRORS_PAGE = 1_000; // the largest errorsLimit the hub takes
const OUTCOMES_PAGE = 200;

/** The summary of a finished job, by its kind; `max` bounds the rejected lines or refused claims listed. */
export async function reportJob(client: HubClient, out: Output, job: BulkJob, max: number | 'all'): Promise<void> {
  if (job.kind === 'forward') return reportForward(client, out, job, max);
  return reportImport(client, out, job, max);
}

async function reportImport(client: HubClient, out: Output, job: BulkJob, max: number | 'all'): Promise<void> {
  const errors =
    job.counts.rejected === 0
      ? []
      : await collect<LineError, number>(
          async (after, limit) => {
            const page = await client.job(job.id, { errorsAfter: after, errorsLimit: limit });
            return { items: page.errors.items, next: page.errors.nextErrorsAfter };
          },
          { max, pageSize: ERRORS_PAGE },
        );
  const nextErrorsAfter = errors.length < job.counts.rejected ? (errors.at(-1)?.line ?? 0) : null;
  out.result({ ...job, errors: { items: errors, nextErrorsAfter } }, () =>
    [`Import job ${job.id} done${took(job)}.`, jobCounts(job), ...rejections(job, errors.length, () => lineErrorsTable(errors))].join('\n'),
  );
}

async function reportForward(client: HubClient, out: Output, job: BulkJob, max: number | 'all'): Promise<void> {
  const refused =
    job.counts.rejected === 0
      ? []
      : await collect<ForwardOutcome, number>(
          async (after, limit) => {
            const page = await client.outcomes(job.id, { after, limit });
            return { items: page.items, next: page.nextAfter };
          },
          { max, pageSize: OUTCOMES_PAGE, keep: (outcome) => outcome.outcome === 'refused' },
        );
  out.result({ ...job, refused }, () =>
    [
      `Forward job ${job.id} done${took(job)}.`,
      jobCounts(job),
      manufacturersTable(job.manufacturers ?? []),
      ...rejections(job, refused.length, () => refusedTable(refused)),
    ].join('\n'),
  );
}

/** How many were rejected (refused) and the first `listed` of them. */
function rejections(job: BulkJob, listed: number, table: () => string): string[] {
  if (job.counts.rejected === 0) return [job.kind === 'forward' ? 'No claim refused.' : 'No line rejected.'];
  const more = listed < job.counts.rejected ? ` (${listed} listed; --errors all lists them all)` : '';
  return listed > 0 ? [`${rejectedCount(job)}${more}:`, table()] : [`${rejectedCount(job)}${more}.`];
}

/** "2 of 302 lines rejected", "1 of 3 claims refused". */
export function rejectedCount(job: BulkJob): string {
  return `${job.counts.rejected} of ${job.counts.received} ${job.kind === 'forward' ? 'claims refused' : 'lines rejected'}`;
}

function took(job: BulkJob): string {
  if (!job.startedAt || !job.finishedAt) return '';
  return ` in ${((Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000).toFixed(1)} s`;
}
