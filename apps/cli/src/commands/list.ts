import { Option, type Command } from 'commander';
import { CLAIM_STATUSES, type ClaimStatus } from '@rma-hub/contracts';
import type { Context } from '../context';
import { claimsTable } from '../output/tables';
import { addPagingOptions, noteMoreClaims, readClaims, type PagingOptions } from './claim-pages';

interface ListOptions extends PagingOptions {
  status?: ClaimStatus;
  reference?: string;
  updatedSince?: string;
}

export function registerList(program: Command, ctx: Context): void {
  const command = program
    .command('list')
    .description('list the claims on your chain, most recently changed first')
    .addOption(new Option('--status <status>', 'only claims in this status').choices(CLAIM_STATUSES))
    .option('--reference <reference>', "only claims with this reference (any party's, or a line's)")
    .option('--updated-since <date-time>', 'only claims changed since this ISO 8601 date-time');
  addPagingOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ rma-hub list --status needs_info
  $ rma-hub list --updated-since 2026-03-01T00:00:00Z --all
  $ rma-hub list --reference ALPHA-TICKET-1001 --json`,
    )
    .action(async (options: ListOptions) => {
      const filters = { status: options.status, reference: options.reference, updatedSince: options.updatedSince };
      const page = await readClaims(ctx.client(), filters, options);
      ctx.out.result(page, () => (page.claims.length === 0 ? 'No claims.' : claimsTable(page.claims)));
      noteMoreClaims(ctx.out, page);
    });
}
