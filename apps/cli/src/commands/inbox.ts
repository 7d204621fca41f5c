import type { Command } from 'commander';
import type { Context } from '../context';
import { inboxTable } from '../output/tables';
import { addPagingOptions, noteMoreClaims, readClaims, type PagingOptions } from './claim-pages';

export function registerInbox(program: Command, ctx: Context): void {
  const command = program
    .command('inbox')
    .description('list the claims waiting on your move (GET /v1/claims?waitingOn=me), with what you may do on each');
  addPagingOptions(command)
    .addHelpText(
      'after',
      `
What waits on you depends on your part in the claim: as a reseller, missing information, a
shipment or an answer to a quote; as a distributor, your review and the RMAs you handle for
manufacturers; as a manufacturer with its own RMA desk in the hub, authorizing, receiving,
repairing and shipping back. Take the next move with: rma-hub act <claimId> <action>.

Examples:
  $ rma-hub inbox
  $ rma-hub inbox --all --json | jq -r '.claims[] | [.id, .allowedActions[0]] | @tsv'`,
    )
    .action(async (options: PagingOptions) => {
      const page = await readClaims(ctx.client(), { waitingOn: 'me' }, options);
      ctx.out.result(page, () => (page.claims.length === 0 ? 'Nothing waits on you.' : inboxTable(page.claims)));
      noteMoreClaims(ctx.out, page);
    });
}
