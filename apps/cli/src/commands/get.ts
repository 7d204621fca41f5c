import type { Command } from 'commander';
import type { Context } from '../context';
import { claimDetail } from '../output/tables';

export function registerGet(program: Command, ctx: Context): void {
  program
    .command('get')
    .description("show a claim: status, references, what you may do next, lines and the manufacturer portal's state")
    .argument('<claimId>')
    .addHelpText(
      'after',
      `
Examples:
  $ rma-hub get 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69
  $ rma-hub get 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 --json | jq -r '.lines[].rmaNumber'`,
    )
    .action(async (claimId: string) => {
      const claim = await ctx.client().claim(claimId);
      ctx.out.result(claim, () => claimDetail(claim));
    });
}
