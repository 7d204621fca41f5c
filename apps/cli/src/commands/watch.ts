import { setTimeout as sleep } from 'node:timers/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CLAIM_STATUSES, type ClaimStatus } from '@rma-hub/contracts';
import { FINAL_STATUSES } from '../claim-statuses';
import type { Context } from '../context';
import { eventLine } from '../output/tables';
import { commaList, positiveInteger } from './parsers';

export function registerWatch(program: Command, ctx: Context): void {
  program
    .command('watch')
    .description(`print a claim's timeline as it happens, until it reaches a final status (${FINAL_STATUSES.join(', ')}) or Ctrl+C`)
    .argument('<claimId>')
    .addOption(
      new Option('--until <statuses>', 'also stop once the claim has reached one of these statuses (comma-separated)').argParser((value) => {
        const statuses = commaList(value);
        const unknown = statuses.filter((status) => !(CLAIM_STATUSES as readonly string[]).includes(status));
        if (unknown.length > 0) throw new InvalidArgumentError(`no status ${unknown.join(', ')}; the statuses: ${CLAIM_STATUSES.join(', ')}`);
        return statuses as ClaimStatus[];
      }),
    )
    .option('--interval <ms>', 'how often to ask the hub', positiveInteger, 1000)
    .addHelpText(
      'after',
      `
Events print one per line (one JSON object per line with --json).

Examples:
  $ rma-hub watch 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69
  $ rma-hub watch 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 --until authorized,rejected`,
    )
    .action(async (claimId: string, options: { until?: ClaimStatus[]; interval: number }) => {
      const client = ctx.client();
      const out = ctx.out;
      const stopAt = new Set<ClaimStatus>([...FINAL_STATUSES, ...(options.until ?? [])]);
      let lastSeq = 0;
      for (;;) {
        const { events, nextAfter } = await client.events(claimId, lastSeq);
        for (const event of events) out.item(event, () => eventLine(event));
        lastSeq = events.at(-1)?.seq ?? lastSeq;
        const reached = events.find((event) => event.to !== null && stopAt.has(event.to));
        if (reached) {
          out.note(`Claim ${claimId} reached ${reached.to}.`);
          return;
        }
        if (nextAfter === null) await sleep(options.interval);
      }
    });
}
