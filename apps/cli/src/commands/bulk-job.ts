import type { Command } from 'commander';
import type { BulkJobAccepted } from '@rma-hub/api-client';
import type { Context } from '../context';
import { CliError } from '../errors';
import type { HubClient } from '../http/hub-client';
import { followJob } from '../progress/job-follow';
import { rejectedCount, reportJob } from './bulk-reports';
import { countOrAll, positiveInteger } from './parsers';

export interface JobOptions {
  wait: boolean;
  interval: number;
  errors: number | 'all';
  failOnRejected?: boolean;
}

/** The options every bulk command shares: whether and how to follow the job, and what to report. */
export function addJobOptions(command: Command): Command {
  return command
    .option('--no-wait', 'print the job id and return; follow it later with: rma-hub bulk status <jobId>')
    .option('--interval <ms>', 'how often to ask the hub for progress', positiveInteger, 500)
    .option('--errors <n|all>', 'how many rejected lines (refused claims) to list', countOrAll, 20)
    .option('--fail-on-rejected', 'exit with 1 if any line was rejected (any claim refused)');
}

/** After the hub accepted a bulk job: its id with --no-wait, else its progress and then its summary. */
export async function followAccepted(ctx: Context, client: HubClient, accepted: BulkJobAccepted, options: JobOptions): Promise<void> {
  if (!options.wait) {
    ctx.out.result(accepted, () => `Job ${accepted.jobId} accepted, ${accepted.received} received. Follow it with: rma-hub bulk status ${accepted.jobId}`);
    return;
  }
  await followAndReport(ctx, client, accepted.jobId, options);
}

export async function followAndReport(ctx: Context, client: HubClient, jobId: string, options: JobOptions): Promise<void> {
  const out = ctx.out;
  const job = await followJob(client, jobId, { intervalMs: options.interval, stderr: ctx.io.stderr, showProgress: !out.json });
  await reportJob(client, out, job, options.errors);
  if (options.failOnRejected && job.counts.rejected > 0) {
    throw new CliError(`${rejectedCount(job)} (--fail-on-rejected)`);
  }
}
