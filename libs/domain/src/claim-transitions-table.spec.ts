import { ActorRole, CLAIM_STATUSES, type ClaimStatus } from '@rma-hub/contracts';
import { decideTransition } from './claim-lifecycle';

/**
 * The lifecycle as the product owner reads it: every allowed move and who may make it
 * (operators may make any listed move). Written out independently of CLAIM_LIFECYCLE, so a
 * change to the state machine must change this table too.
 */
const TABLE = `
submitted    -> needs_info    : hub distributor
submitted    -> in_review     : hub
submitted    -> forwarded     : hub distributor
submitted    -> rejected      : hub distributor
submitted    -> cancelled     : reseller
needs_info   -> submitted     : reseller
needs_info   -> in_review     : reseller
needs_info   -> forwarded     : reseller
needs_info   -> cancelled     : reseller
needs_info   -> expired       : timer
in_review    -> forwarded     : distributor
in_review    -> needs_info    : distributor
in_review    -> rejected      : distributor
in_review    -> cancelled     : reseller
forwarded    -> authorized    : manufacturer
forwarded    -> received      : manufacturer
forwarded    -> needs_info    : manufacturer hub
forwarded    -> rejected      : manufacturer
forwarded    -> cancelled     : reseller
authorized   -> in_transit    : reseller
authorized   -> received      : manufacturer
authorized   -> expired       : timer
authorized   -> cancelled     : reseller
in_transit   -> received      : manufacturer
received     -> quote_pending : manufacturer hub
received     -> repairing     : manufacturer
received     -> resolved      : manufacturer
received     -> rejected      : manufacturer
quote_pending -> repairing    : reseller
quote_pending -> shipped_back : reseller manufacturer timer
quote_pending -> scrapped     : timer
repairing    -> resolved      : manufacturer
resolved     -> shipped_back  : manufacturer
resolved     -> closed        : manufacturer hub
shipped_back -> closed        : reseller manufacturer hub
rejected     -> closed        : hub manufacturer
rejected     -> shipped_back  : manufacturer
rejected     -> scrapped      : timer
`;

const allowed = new Map<string, Set<string>>(
  TABLE.trim()
    .split('\n')
    .map((row) => {
      const [move, actors] = row.split(':') as [string, string];
      const [from, to] = move.split('->').map((part) => part.trim()) as [string, string];
      return [`${from}>${to}`, new Set(actors.trim().split(/\s+/))];
    }),
);

const cases = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.flatMap((to) => ActorRole.options.map((actor) => [from, to, actor] as const)));

describe('the state machine against the full table of transitions', () => {
  it(`decides all ${cases.length} (from, to, actor) combinations as the table says`, () => {
    const wrong = cases.filter(([from, to, actor]) => {
      const actors = allowed.get(`${from}>${to}`);
      const expected = actors !== undefined && (actor === 'operator' || actors.has(actor));
      return decideTransition(from as ClaimStatus, to as ClaimStatus, actor).allowed !== expected;
    });
    expect(wrong).toEqual([]);
  });
});
