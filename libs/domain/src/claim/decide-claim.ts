import type { Actor, ClaimActionBodies, ClaimStatus, PolicyRef, Resolution } from '@rma-hub/contracts';
import { isBehind, nextStatuses } from '../claim-lifecycle';
import { dateOf, doaVerdict, missingInformation, warrantyVerdict } from '../policy';
import { factsOf } from './claim-facts';
import type { ClaimRefusal } from './claim-errors';
import type { ClaimState } from './claim-state';
import { DecisionBuilder, HUB } from './decision-builder';
import type { DecisionContext } from './decision-context';
import type { ClaimDecision, TimerKind } from './effects';
import { ACTION_MOVES, type ActionInputs, type ClaimActionName } from './moves/actions';
import { authorizeLines, progressLines, quoteRefused, reached, receiveLines, resolveLines } from './moves/line-progress';
import { actorFor, manufacturerPlayers, standingOf, type Capacity, type CallerState } from './parties';

/** Everything that can happen to a claim, from whichever edge it comes. */
export type ClaimCommand =
  /** Routing along the chain: the distributor that serves the reseller for this manufacturer (null: none does). */
  | { kind: 'route'; distributor: { id: string; reference: string | null; reviewsClaims: boolean; joinsNow: boolean } | null }
  | { [A in ClaimActionName]: { kind: 'action'; action: A; body: ClaimActionBodies[A]; caller: CallerState } & Partial<ActionInputs> }[ClaimActionName]
  | { kind: 'portal-opened'; lines: { lineId: string; rmaNumber: string }[] }
  | { kind: 'portal-refused'; reason: string; missing: string[] }
  | {
      kind: 'portal-reported';
      rmaNumber: string;
      lineIds: string[];
      status: ClaimStatus;
      portalStatus: string;
      resolution?: Resolution | undefined;
      replacementSerial?: string | undefined;
      source: string;
    }
  | { kind: 'timer'; timer: { kind: TimerKind; rule: string; policy: PolicyRef; dueAt: Date } };

const unchanged = (claim: ClaimState): ClaimDecision => ({ accepted: true, status: claim.status, effects: [] });
const refuse = (refusal: ClaimRefusal): ClaimDecision => ({ accepted: false, refusal });

/**
 * The claim's one decision: given the claim, a command, the policy in force, the channel and the
 * time, everything that follows (transitions, timeline, charges, timers, messages), or a refusal.
 * Pure: it reads nothing and changes nothing; the claim service applies what it returns.
 */
export function decideClaim(claim: ClaimState, command: ClaimCommand, context: DecisionContext): ClaimDecision {
  const b = new DecisionBuilder(claim, context);
  switch (command.kind) {
    case 'route':
      return route(b, command.distributor);
    case 'action':
      return act(b, command);
    case 'portal-opened': {
      const numbers = command.lines.flatMap(({ lineId, rmaNumber }) => {
        const line = claim.lines.find((candidate) => candidate.id === lineId);
        return line ? [{ line, rmaNumber }] : [];
      });
      if (numbers.length !== command.lines.length) return refuse({ code: 'CLAIM.REPORT_NOT_APPLICABLE', detail: `the portal named lines claim ${claim.id} does not have` });
      authorizeLines(b, numbers, portalActor(claim));
      return b.decision();
    }
    case 'portal-refused':
      if (claim.status !== 'forwarded') return unchanged(claim);
      return b.move('needs_info', portalActor(claim), command.reason, { missing: command.missing }).decision();
    case 'portal-reported':
      return portalReport(b, command);
    case 'timer':
      return timer(b, command.timer);
  }
}

const portalActor = (claim: ClaimState): Actor => ({ role: 'manufacturer', partyId: claim.manufacturerId });

/**
 * Routes a submitted claim along its chain under the policy in force: the distributor takes it on
 * under its own reference; a claim missing what the policy needs waits in needs_info; otherwise
 * the warranty verdict is recorded and the claim goes to review or to the manufacturer.
 */
function route(b: DecisionBuilder, distributor: Extract<ClaimCommand, { kind: 'route' }>['distributor']): ClaimDecision {
  const { claim, context } = b;
  if (claim.status !== 'submitted') return unchanged(claim);
  if (!distributor) return b.move('rejected', HUB, `no distributor serves ${claim.resellerId} for ${claim.manufacturerId}`).decision();
  if (distributor.joinsNow) {
    b.set({ distributorId: distributor.id });
    b.hop(distributor.id, 'distributor', 1, distributor.reference);
    b.hop(claim.manufacturerId, 'manufacturer', 2, null);
  }
  const facts = factsOf(claim);
  const missing = missingInformation(facts, context.policy);
  if (missing) return b.move('needs_info', HUB, missing.reason, { missing: missing.missing, rule: missing.rule, policy: missing.policy }).decision();

  const today = dateOf(context.now);
  const { rule, policy, status, endsOn, reason } = warrantyVerdict(facts, context.policy, today);
  b.set({ warranty: { status, endsOn, reason, rule, policy } });
  const doa = doaVerdict(facts, context.policy, today);
  if (doa) {
    b.note(HUB, doa.accepted ? `dead on arrival: ${doa.reason}` : `not handled as dead on arrival: ${doa.reason}`, {
      rule: doa.rule,
      policy: doa.policy,
      accepted: doa.accepted,
      deadline: doa.deadline,
    });
  }
  if (distributor.reviewsClaims) return b.move('in_review', HUB, `waiting for ${distributor.id} to review and forward it`).decision();
  const by = `forwarded by ${distributor.id} (${distributor.reference ?? 'no reference'})`;
  const forwardedHow =
    context.channel.kind === 'portal'
      ? `${by} to the ${context.channel.adapter} portal`
      : context.channel.kind === 'hub'
        ? `${by} to ${claim.manufacturerId}`
        : `${by}; ${claim.manufacturerId} RMAs are handled by the distributor`;
  b.move('forwarded', { role: 'distributor', partyId: distributor.id }, forwardedHow, { distributorReference: distributor.reference });
  return b.requestPortalRma().decision();
}

/** The capacity in which the caller takes the action: the first of the action's parties it plays, or operator. */
function capacityFor(action: ClaimActionName, capacities: Capacity[]): Capacity | null {
  if (capacities.includes('operator')) return 'operator';
  return ACTION_MOVES[action].parties.find((party) => capacities.includes(party)) ?? null;
}

function act(b: DecisionBuilder, command: Extract<ClaimCommand, { kind: 'action' }>): ClaimDecision {
  const { claim, context } = b;
  const standing = standingOf(claim, command.caller, context.channel);
  if (!standing.onChain) return refuse({ code: 'CLAIM.NOT_FOUND', detail: 'Claim not found' });
  const move = ACTION_MOVES[command.action];
  const capacity = capacityFor(command.action, standing.capacities);
  if (!capacity) {
    const whose = move.parties.includes('manufacturer') ? manufacturerPlayers(claim, context.channel) : `it is the ${move.parties.join(' or ')}'s move`;
    return refuse({ code: 'CLAIM.ACTION_FORBIDDEN', detail: `${command.caller.partyId} cannot ${command.action} this claim: ${whose}` });
  }
  const notNow = move.from.includes(claim.status) ? move.notReady?.(claim) : move.notNow;
  if (notNow) return refuse({ code: 'CLAIM.ACTION_NOT_ALLOWED', detail: notNow, currentStatus: claim.status, allowedNext: nextStatuses(claim.status, capacity) });
  const actor = actorFor(claim, command.caller, capacity);
  const refusal = (move.take as (b: DecisionBuilder, body: unknown, actor: Actor, inputs: ActionInputs) => ClaimRefusal | void)(b, command.body, actor, {
    issuedRmaNumbers: command.issuedRmaNumbers ?? [],
  });
  if (refusal) return refuse({ currentStatus: claim.status, ...refusal });
  return b.decision();
}

/** What the caller may do with the claim now: each action it plays a party of whose moment has come. */
export function allowedActions(claim: ClaimState, caller: CallerState, channel: DecisionContext['channel']): ClaimActionName[] {
  const { capacities } = standingOf(claim, caller, channel);
  return (Object.keys(ACTION_MOVES) as ClaimActionName[]).filter((action) => {
    const move = ACTION_MOVES[action];
    return capacityFor(action, capacities) !== null && move.from.includes(claim.status) && !move.notReady?.(claim);
  });
}

/**
 * A portal reported progress on one RMA. Its lines take the new status; the claim follows once
 * every line has reached it. Late or out-of-order reports never move anything backwards.
 */
function portalReport(b: DecisionBuilder, report: Extract<ClaimCommand, { kind: 'portal-reported' }>): ClaimDecision {
  const { claim } = b;
  const lines = claim.lines.filter((line) => report.lineIds.includes(line.id) && !isBehind(report.status, line.status));
  if (lines.length === 0) return unchanged(claim);
  const actor = portalActor(claim);
  const everyLineThere = claim.lines.every((line) => lines.includes(line) || reached(line, report.status));
  if (everyLineThere && !isBehind(report.status, claim.status) && !b.mayMove(report.status, actor)) {
    return refuse({
      code: 'CLAIM.REPORT_NOT_APPLICABLE',
      detail: `${claim.manufacturerId} reported ${report.portalStatus} for ${report.rmaNumber}, not a next step from ${claim.status}`,
      currentStatus: claim.status,
      allowedNext: nextStatuses(claim.status, 'manufacturer'),
    });
  }
  const reason = `${claim.manufacturerId} reported ${report.portalStatus} for RMA ${report.rmaNumber} (${report.source})`;
  const data = { rmaNumber: report.rmaNumber, portalStatus: report.portalStatus };
  if (report.status === 'received') {
    receiveLines(b, lines.map((line) => ({ line })), actor, reason, data);
  } else if (report.status === 'resolved') {
    const outcomes = lines.map((line) => ({ line, outcome: report.resolution, replacementSerial: report.replacementSerial }));
    resolveLines(b, outcomes, report.resolution, actor, reason, data);
  } else {
    progressLines(b, lines.map((line) => ({ line })), report.status, actor, reason, data);
  }
  return b.decision();
}

/** What each deadline does to a claim still waiting for it: move it on, or put the lapse on record. */
const TIMER_OUTCOMES: Record<TimerKind, { to: ClaimStatus | null; reason: string }> = {
  rma_expiry: { to: 'expired', reason: 'the goods did not arrive before the RMA number lapsed' },
  scrap: { to: 'scrapped', reason: 'the goods were left waiting past the scrap deadline' },
  quote_timeout: { to: 'shipped_back', reason: 'the repair quote was not answered in time and counts as refused' },
  advance_return: { to: null, reason: 'the defective unit was not returned in time: the advance replacement need not be credited (002 §8)' },
};

function timer(b: DecisionBuilder, due: Extract<ClaimCommand, { kind: 'timer' }>['timer']): ClaimDecision {
  const outcome = TIMER_OUTCOMES[due.kind];
  const actor: Actor = { role: 'timer', partyId: null };
  const data = { timer: due.kind, rule: due.rule, policy: due.policy, dueAt: due.dueAt.toISOString() };
  if (outcome.to === null) {
    // The lapse matters only while the defective unit is still out: once shipped or received, nothing is owed.
    return b.claim.status === 'authorized' ? b.note(actor, outcome.reason, data).decision() : unchanged(b.claim);
  }
  if (!b.mayMove(outcome.to, actor)) return unchanged(b.claim);
  b.move(outcome.to, actor, outcome.reason, data);
  if (due.kind === 'quote_timeout') quoteRefused(b);
  return b.decision();
}
