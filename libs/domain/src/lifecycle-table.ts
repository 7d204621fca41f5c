import { CLAIM_STATUSES } from '@rma-hub/contracts';
import { CLAIM_LIFECYCLE } from './claim-lifecycle';

/** The lifecycle as a Markdown table, rendered from the state machine itself (README.md embeds it). */
export function renderLifecycleTable(): string {
  const rows = CLAIM_STATUSES.map((from) => {
    const moves = Object.entries(CLAIM_LIFECYCLE[from]).map(([to, actors]) => `\`${to}\` (${actors.join(', ')})`);
    return `| \`${from}\` | ${moves.length > 0 ? moves.join('<br>') : '— final'} |`;
  });
  return ['| status | may become (caused by) |', '|---|---|', ...rows].join('\n');
}
