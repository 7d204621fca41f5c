import type { Command } from 'commander';
import type { Context } from '../context';
import { jobCounts } from '../output/tables';
import { registerBulkForward } from './bulk-forward';
import { registerBulkImport } from './bulk-import';
import { addJobOptions, followAndReport, type JobOptions } from './bulk-job';

export function registerBulk(program: Command, ctx: Context): void {
  const bulk = program.command('bulk').description('bulk jobs: import claims from a file, forward claims to manufacturers, follow a job');
  registerBulkImport(bulk, ctx);
  registerBulkForward(bulk, ctx);
  const status = bulk
    .command('status')
    .description('follow a bulk job (import or forward) to its summary, or with --no-wait show where it is now')
    .argument('<jobId>');
  addJobOptions(status)
    .addHelpText(
      'after',
      `
Examples:
  $ rma-hub bulk status 7d1c3e5a-9b2f-4e8d-a6c4-1f0b3d5e7a92
  $ rma-hub bulk status 7d1c3e5a-9b2f-4e8d-a6c4-1f0b3d5e7a92 --no-wait --json | jq .progress`,
    )
    .action(async (jobId: string, options: JobOptions) => {
      const client = ctx.client();
      if (options.wait) return followAndReport(ctx, client, jobId, options);
      const job = await client.job(jobId);
      ctx.out.result(job, () => `${job.kind} job ${job.id}: ${job.state}, ${Math.round(job.progress * 100)}% done.\n${jobCounts(job)}`);
    });
}
