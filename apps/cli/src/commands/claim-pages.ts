import type { Command } from 'commander';
import type { ClaimPage } from '@rma-hub/api-client';
import type { ClaimsQuery, HubClient } from '../http/hub-client';
import { collect } from '../http/paging';
import type { Output } from '../output/output';
import { positiveInteger } from './parsers';

export interface PagingOptions {
  limit: number;
  cursor?: string;
  all?: boolean;
}

/** The paging options of every command that lists claims (GET /v1/claims). */
export function addPagingOptions(command: Command): Command {
  return command
    .option('--limit <n>', 'claims per page (1 to 200)', positiveInteger, 50)
    .option('--cursor <cursor>', 'start after this page (nextCursor of the previous one)')
    .option('--all', 'read every page, not just the first');
}

/** One page of `GET /v1/claims` with these filters, or with --all every page as one. */
export async function readClaims(client: HubClient, filters: Omit<ClaimsQuery, 'cursor' | 'limit'>, options: PagingOptions): Promise<ClaimPage> {
  const readPage = (cursor: string | undefined, limit: number) => client.claims({ ...filters, cursor, limit });
  if (!options.all) return readPage(options.cursor, options.limit);
  const claims = await collect(
    async (cursor: string | undefined, limit) => {
      const page = await readPage(cursor, limit);
      return { items: page.claims, next: page.nextCursor };
    },
    { max: 'all', pageSize: options.limit, after: options.cursor },
  );
  return { claims, nextCursor: null };
}

/** Says how to read on when the hub has more claims than the page shown. */
export function noteMoreClaims(out: Output, page: ClaimPage): void {
  if (page.nextCursor) out.note(`More claims: add --all, or --cursor ${page.nextCursor} for the next page.`);
}
