import type { ClaimStatus } from '@rma-hub/contracts';
import { advanceReplacement, dateOf, rmaExpiry, scrapDue } from '../policy';
import type { ClaimState } from './claim-state';
import type { DecisionContext } from './decision-context';
import type { ClaimEffect, TimerKind } from './effects';
import { TIMER_KINDS } from './effects';

/** Deadlines a caller may set for the status it moves the claim into (an RMA's validity, a quote's). */
export interface EntryTerms {
  validUntil?: Date;
}

/** Deadlines that stop mattering once a claim enters a status. */
const CANCELS: Partial<Record<ClaimStatus, readonly TimerKind[]>> = {
  in_transit: ['rma_expiry', 'advance_return'],
  received: ['rma_expiry', 'advance_return'],
  rejected: ['rma_expiry', 'advance_return', 'quote_timeout'],
  repairing: ['scrap', 'quote_timeout'],
  shipped_back: ['scrap', 'quote_timeout'],
  scrapped: ['scrap', 'quote_timeout'],
  cancelled: TIMER_KINDS,
  closed: TIMER_KINDS,
};

const DAY_MS = 86_400_000;

/** The timers a status cancels and the ones it starts: an RMA number's validity, a quote's timeout, scrapping, an advance replacement's return. */
export function deadlinesOnEntering(status: ClaimStatus, claim: ClaimState, context: DecisionContext, terms: EntryTerms): ClaimEffect[] {
  const effects: ClaimEffect[] = [];
  const cancels = CANCELS[status];
  if (cancels) effects.push({ type: 'cancel-timers', kinds: [...cancels] });
  const { policy, now } = context;
  if (status === 'authorized') {
    const expiry = rmaExpiry(policy, now);
    effects.push({ type: 'schedule', timer: { kind: 'rma_expiry', dueAt: terms.validUntil ?? expiry.at, rule: expiry.rule, policy: policy.ref } });
    if (claim.advanceReplacementRequested) effects.push(...advanceReturn(claim, context));
  }
  if (status === 'quote_pending') {
    const scrap = scrapDue(policy, now);
    if (scrap) effects.push({ type: 'schedule', timer: { kind: 'scrap', dueAt: scrap.at, rule: scrap.rule, policy: policy.ref } });
    const timeoutDays = policy.document.quote.timeoutDays;
    const dueAt = terms.validUntil ?? (timeoutDays === null ? null : new Date(now.getTime() + timeoutDays * DAY_MS));
    if (dueAt) effects.push({ type: 'schedule', timer: { kind: 'quote_timeout', dueAt, rule: 'quote_timeout', policy: policy.ref } });
  }
  return effects;
}

/**
 * With an advance replacement (002 §8), the replacement ships on authorization and the defective
 * units are due back N business days later; the decision for each line is on record either way.
 */
function advanceReturn(claim: ClaimState, { policy, now }: DecisionContext): ClaimEffect[] {
  const decisions = claim.lines.map((line) => ({ serial: line.serial, ...advanceReplacement(line.category, policy, dateOf(now)) }));
  const refused = decisions.find((decision) => !decision.eligible);
  const returnBy = decisions.map((decision) => ('returnBy' in decision ? decision.returnBy : '')).sort().at(-1);
  const note: ClaimEffect = {
    type: 'note',
    actor: { role: 'hub', partyId: null },
    reason: refused ? `advance replacement refused: ${refused.reason}` : `advance replacement granted: ${decisions[0]!.reason}`,
    data: {
      rule: 'advance_replacement',
      policy: policy.ref,
      lines: decisions.map((decision) => ({ serial: decision.serial, eligible: decision.eligible, returnBy: 'returnBy' in decision ? decision.returnBy : null })),
    },
  };
  if (refused || !returnBy) return [note];
  return [note, { type: 'schedule', timer: { kind: 'advance_return', dueAt: new Date(`${returnBy}T23:59:59Z`), rule: 'advance_replacement', policy: policy.ref } }];
}
