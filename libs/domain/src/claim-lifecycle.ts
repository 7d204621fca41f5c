import type { ActorRole, ClaimStatus } from '@rma-hub/contracts';

type Transitions = Partial<Record<ClaimStatus, readonly ActorRole[]>>;

/**
 * The claim lifecycle: for each status, the statuses it may move to and who may cause each move.
 * An operator may make any listed move; `hub` is the hub's own routing and policy decisions.
 */
export const CLAIM_LIFECYCLE: Record<ClaimStatus, Transitions> = {
  submitted: {
    needs_info: ['hub', 'distributor'],
    in_review: ['hub'],
    forwarded: ['hub', 'distributor'],
    rejected: ['hub', 'distributor'],
    cancelled: ['reseller'],
  },
  needs_info: {
    submitted: ['reseller'],
    in_review: ['reseller'],
    forwarded: ['reseller'],
    cancelled: ['reseller'],
    expired: ['timer'],
  },
  in_review: {
    forwarded: ['distributor'],
    needs_info: ['distributor'],
    rejected: ['distributor'],
    cancelled: ['reseller'],
  },
  forwarded: {
    authorized: ['manufacturer'],
    // Goods that arrive without an authorized number (002 §3: they may carry an admin fee).
    received: ['manufacturer'],
    needs_info: ['manufacturer', 'hub'],
    rejected: ['manufacturer'],
    cancelled: ['reseller'],
  },
  authorized: {
    in_transit: ['reseller'],
    // Some portals accept units shipped before validation (innovaphone), so receipt may come first.
    received: ['manufacturer'],
    expired: ['timer'],
    cancelled: ['reseller'],
  },
  in_transit: { received: ['manufacturer'] },
  received: {
    quote_pending: ['manufacturer', 'hub'],
    repairing: ['manufacturer'],
    resolved: ['manufacturer'],
    rejected: ['manufacturer'],
  },
  quote_pending: {
    repairing: ['reseller'],
    shipped_back: ['reseller', 'manufacturer', 'timer'],
    scrapped: ['timer'],
  },
  repairing: { resolved: ['manufacturer'] },
  resolved: { shipped_back: ['manufacturer'], closed: ['manufacturer', 'hub'] },
  shipped_back: { closed: ['reseller', 'manufacturer', 'hub'] },
  rejected: { closed: ['hub', 'manufacturer'], shipped_back: ['manufacturer'], scrapped: ['timer'] },
  closed: {},
  cancelled: {},
  expired: {},
  scrapped: {},
};

export type TransitionVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'not_a_next_status' | 'actor_not_allowed'; current: ClaimStatus; allowedNext: ClaimStatus[] };

export function nextStatuses(current: ClaimStatus, actor?: ActorRole): ClaimStatus[] {
  const moves = Object.entries(CLAIM_LIFECYCLE[current]) as [ClaimStatus, readonly ActorRole[]][];
  return moves.filter(([, actors]) => !actor || actor === 'operator' || actors.includes(actor)).map(([to]) => to);
}

export function decideTransition(current: ClaimStatus, to: ClaimStatus, actor: ActorRole): TransitionVerdict {
  const actors = CLAIM_LIFECYCLE[current][to];
  if (!actors) {
    return { allowed: false, reason: 'not_a_next_status', current, allowedNext: nextStatuses(current, actor) };
  }
  if (actor !== 'operator' && !actors.includes(actor)) {
    return { allowed: false, reason: 'actor_not_allowed', current, allowedNext: nextStatuses(current, actor) };
  }
  return { allowed: true };
}

export function isFinal(status: ClaimStatus): boolean {
  return Object.keys(CLAIM_LIFECYCLE[status]).length === 0;
}

/** Progress order along the happy path, so late or out-of-order reports never move a claim backwards. */
const PROGRESS: ClaimStatus[] = [
  'submitted',
  'in_review',
  'forwarded',
  'authorized',
  'in_transit',
  'received',
  'quote_pending',
  'repairing',
  'resolved',
  'shipped_back',
  'closed',
];

export function isBehind(candidate: ClaimStatus, current: ClaimStatus): boolean {
  const a = PROGRESS.indexOf(candidate);
  const b = PROGRESS.indexOf(current);
  return a !== -1 && b !== -1 && a <= b;
}
