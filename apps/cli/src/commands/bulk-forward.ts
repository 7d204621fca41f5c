import type { Command } from 'commander';
import type { Context } from '../context';
import { UsageError } from '../errors';
import type { ForwardRequest } from '../http/hub-client';
import { addJobOptions, followAccepted, type JobOptions } from './bulk-job';
import { readInput } from './input';
import { commaList } from './parsers';

export interface ForwardSelection {
  claims?: string[];
  claimsFile?: string;
  all?: boolean;
  manufacturer?: string;
  reseller?: string;
  submittedBefore?: string;
}

/** The body of POST /v1/bulk/forward: the claims named (by --claims, or the ids file's text), or a filter; exactly one way. */
export function forwardRequest(selection: ForwardSelection, idsFileText?: string): ForwardRequest {
  const { claims, claimsFile, all, manufacturer, reseller, submittedBefore } = selection;
  const filter = { ...(manufacturer ? { manufacturer } : {}), ...(reseller ? { reseller } : {}), ...(submittedBefore ? { submittedBefore } : {}) };
  const ways = [claims !== undefined, claimsFile !== undefined, all === true || Object.keys(filter).length > 0].filter(Boolean).length;
  if (ways !== 1) {
    throw new UsageError('name the claims with --claims or --claims-file, or choose them with --all, --manufacturer, --reseller and --submitted-before: one of the three ways');
  }
  if (claims) return { claims: nonEmpty(claims, '--claims') };
  if (claimsFile !== undefined) {
    const ids = (idsFileText ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    return { claims: nonEmpty(ids, claimsFile) };
  }
  return { filter };
}

function nonEmpty(ids: string[], source: string): string[] {
  if (ids.length === 0) throw new UsageError(`no claim id in ${source}`);
  return ids;
}

export function registerBulkForward(bulk: Command, ctx: Context): void {
  const command = bulk
    .command('forward')
    .description('forward many claims under review to their manufacturers (distributors), then follow the job to its summary')
    .option('--claims <ids>', 'the claims, comma-separated ids', commaList)
    .option('--claims-file <file>', 'a file of claim ids, one a line (# starts a comment); - reads stdin')
    .option('--all', 'every claim under review')
    .option('--manufacturer <id>', 'every claim under review for this manufacturer')
    .option('--reseller <id>', 'every claim under review from this reseller')
    .option('--submitted-before <date-time>', 'every claim under review submitted before this ISO 8601 date-time')
    .option('--idempotency-key <key>', 'sending the same request again with the same key returns the first job');
  addJobOptions(command)
    .addHelpText(
      'after',
      `
Name the claims (--claims, --claims-file), or take every claim under review (--all), or choose
them with a filter (--manufacturer, --reseller, --submitted-before, combined with AND). The summary lists per manufacturer the claims forwarded,
refused, with an RMA opened and still waiting, then each refused claim with the reason.

Examples:
  $ rma-hub bulk forward --claims 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69,5c1e9b7d-2f4a-4c8e-b1d3-7a6f0e2c9b84
  $ rma-hub bulk forward --claims-file to-forward.txt --idempotency-key forward-2026-03-14
  $ rma-hub bulk forward --all
  $ rma-hub bulk forward --manufacturer ubiquiti --submitted-before 2026-03-01T00:00:00Z --errors all`,
    )
    .action(async (options: ForwardSelection & JobOptions & { idempotencyKey?: string }) => {
      const idsFileText = options.claimsFile === undefined ? undefined : (await readInput(options.claimsFile)).toString('utf8');
      const body = forwardRequest(options, idsFileText);
      const client = ctx.client();
      const accepted = await client.forward(body, options.idempotencyKey);
      await followAccepted(ctx, client, accepted, options);
    });
}
