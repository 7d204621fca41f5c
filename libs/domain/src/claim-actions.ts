import type { ActorRole, ClaimStatus } from '@rma-hub/contracts';
import { decideTransition, nextStatuses } from './claim-lifecycle';

/** What parties do to a claim through `POST /v1/claims/{id}/actions/{action}`. */
export const CLAIM_ACTIONS = ['cancel', 'add-info', 'ship', 'approve-quote', 'reject-quote', 'forward'] as const;
export type ClaimActionName = (typeof CLAIM_ACTIONS)[number];

/** The claim as an action sees it; `resumeStatus` is where a claim parked in needs_info stopped. */
export interface ActionTarget {
  status: ClaimStatus;
  resumeStatus: ClaimStatus | null;
}

export type ActionDecision =
  | { accepted: true; from: ClaimStatus; to: ClaimStatus }
  | { accepted: false; current: ClaimStatus; allowedNext: ClaimStatus[]; reason: string };

/** Statuses in which the goods have not shipped yet, so the claim may still be cancelled (004). */
const BEFORE_SHIPPING: ClaimStatus[] = ['submitted', 'needs_info', 'in_review', 'forwarded', 'authorized'];

function targetOf(action: ClaimActionName, claim: ActionTarget): ClaimStatus | string {
  switch (action) {
    case 'cancel':
      return BEFORE_SHIPPING.includes(claim.status) ? 'cancelled' : 'cancellation is only possible before the goods ship';
    case 'add-info':
      return claim.status === 'needs_info' ? (claim.resumeStatus ?? 'submitted') : 'the claim is not waiting for information';
    case 'ship':
      return claim.status === 'authorized' ? 'in_transit' : 'goods ship only once the RMA is authorized';
    case 'approve-quote':
      return claim.status === 'quote_pending' ? 'repairing' : 'there is no quote waiting for approval';
    case 'reject-quote':
      return claim.status === 'quote_pending' ? 'shipped_back' : 'there is no quote waiting for approval';
    case 'forward':
      return claim.status === 'in_review' ? 'forwarded' : 'only a claim in review can be forwarded';
  }
}

const isStatus = (value: string): value is ClaimStatus => /^[a-z_]+$/.test(value);

/** Decides whether `actor` may take `action` on the claim now, and where it leads. Pure. */
export function decideAction(claim: ActionTarget, action: ClaimActionName, actor: ActorRole): ActionDecision {
  const target = targetOf(action, claim);
  const refuse = (reason: string): ActionDecision => ({
    accepted: false,
    current: claim.status,
    allowedNext: nextStatuses(claim.status, actor),
    reason,
  });
  if (!isStatus(target)) return refuse(target);
  const verdict = decideTransition(claim.status, target, actor);
  if (!verdict.allowed) {
    return refuse(verdict.reason === 'actor_not_allowed' ? `a ${actor} cannot ${action} a claim that is ${claim.status}` : `${claim.status} cannot become ${target}`);
  }
  return { accepted: true, from: claim.status, to: target };
}
