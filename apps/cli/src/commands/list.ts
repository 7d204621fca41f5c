import { Option, type Command } from 'commander';
import { CLAIM_STATUSES } from '@rma-hub/contracts';
import type { ClaimPage } from '../api';
import type { Context } from '../context';
import { collect } from '../http/paging';
import { claimsTable } from '../output/tables';
import { positiveInteger } from './parsers';

interface ListOptions {
  status?: string;
  reference?: string;
  updatedSince?: string;
  limit: number;
  cursor?: string;
  all?: boolean;
}

export function registerList(program: Command, ctx: Context): void {
  program
    .command('list')
    .description('list the claims on your chain, most recently changed first')
    .addOption(new Option('--status <status>', 'only claims in this status').choices(CLAIM_STATUSES))
    .option('--reference <reference>', "only claims with this reference (any party's, or a line's)")
    .option('--updated-since <date-time>', 'only claims changed since this ISO 8601 date-time')
    .option('--limit <n>', 'claims per page (1 to 200)', positiveInteger, 50)
    .option('--cursor <cursor>', 'start after this page (nextCursor of the previous one)')
    .option('--all', 'read every page, not just the first')
    .addHelpText(
      'after',
      `
Examples:
  $ rma-hub list --status needs_info
  $ rma-hub list --updated-since 2026-03-01T00:00:00Z --all
  $ rma-hub list --reference ALPHA-TICKET-1001 --json`,
    )
    .action(async (options: ListOptions) => {
      const client = ctx.client();
      const filters = { status: options.status, reference: options.reference, updatedSince: options.updatedSince };
      const readPage = (cursor: string | undefined, limit: number) => client.get<ClaimPage>('/v1/claims', { ...filters, cursor, limit });
      let page: ClaimPage;
      if (options.all) {
        const claims = await collect(
          async (cursor: string | undefined, limit) => {
            const next = await readPage(cursor, limit);
            return { items: next.claims, next: next.nextCursor };
          },
          { max: 'all', pageSize: options.limit, after: options.cursor },
        );
        page = { claims, nextCursor: null };
      } else {
        page = await readPage(options.cursor, options.limit);
      }
      ctx.out.result(page, () => (page.claims.length === 0 ? 'No claims.' : claimsTable(page.claims)));
      if (page.nextCursor) ctx.out.note(`More claims: add --all, or --cursor ${page.nextCursor} for the next page.`);
    });
}
