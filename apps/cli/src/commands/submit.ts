import { createHash } from 'node:crypto';
import type { Command } from 'commander';
import type { Context } from '../context';
import { claimSummary } from '../output/tables';
import { parseJson, readInput } from './input';

export function registerSubmit(program: Command, ctx: Context): void {
  program
    .command('submit')
    .description('submit one claim from a JSON file (or - for stdin)')
    .argument('<file>', 'the claim as JSON, as POST /v1/claims takes it; - reads stdin')
    .option('--idempotency-key <key>', 'default: derived from the file content, so running the same command again is safe')
    .addHelpText(
      'after',
      `
Examples:
  $ rma-hub submit demo/claim.json
  $ generate-claim | rma-hub submit - --json | jq -r .id`,
    )
    .action(async (file: string, options: { idempotencyKey?: string }) => {
      const content = await readInput(file);
      const claim = parseJson(content, file);
      const key = options.idempotencyKey ?? `cli-submit-${createHash('sha256').update(content).digest('hex')}`;
      const created = await ctx.client().submit(claim, key);
      ctx.out.result(created, () => `Claim submitted.\n${claimSummary(created)}`);
    });
}
