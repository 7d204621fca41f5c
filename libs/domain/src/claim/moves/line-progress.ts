import type { Actor, ClaimStatus } from '@rma-hub/contracts';
import { isBehind } from '../../claim-lifecycle';
import { businessMinutesBetween, chargeFor, dateOf, quoteRequired, repairedUnitWarranty } from '../../policy';
import type { ClaimLineState } from '../claim-state';
import { HUB, type DecisionBuilder } from '../decision-builder';
import type { EntryTerms } from '../deadlines';
import type { LineChanges } from '../effects';
import { describeActor } from '../parties';

/** A line has reached a status when it is there or further along the happy path. */
export const reached = (line: ClaimLineState, status: ClaimStatus) => line.status === status || isBehind(status, line.status);

export interface LineStep {
  line: ClaimLineState;
  changes?: LineChanges;
}

/**
 * Moves some of the claim's lines to `status`; the claim follows once every line has reached it.
 * Answers whether the claim moved (false: it waits for the other lines).
 */
export function progressLines(b: DecisionBuilder, steps: LineStep[], status: ClaimStatus, actor: Actor, reason: string, data: Record<string, unknown>, terms: EntryTerms = {}): boolean {
  const moving = new Set(steps.map((step) => step.line.id));
  for (const step of steps) b.line(step.line.id, { status, ...step.changes });
  const waiting = b.claim.lines.filter((line) => !moving.has(line.id) && !reached(line, status));
  if (waiting.length > 0) {
    b.note(actor, `${reason}; waiting for ${waiting.map((line) => line.serial).join(', ')}`, { ...data, lines: steps.map((step) => step.line.serial) });
    return false;
  }
  if (b.current === status || isBehind(status, b.current)) return false;
  b.move(status, actor, reason, data, terms);
  return true;
}

/** The manufacturer's RMA numbers go on its lines and its hop; the claim is authorized once every line has one. */
export function authorizeLines(b: DecisionBuilder, numbers: { line: ClaimLineState; rmaNumber: string }[], actor: Actor, terms: EntryTerms = {}): void {
  const { claim, context } = b;
  const given = new Map(numbers.map(({ line, rmaNumber }) => [line.id, rmaNumber]));
  const all = [...new Set(claim.lines.map((line) => given.get(line.id) ?? line.upstreamRma).filter((rma): rma is string => rma !== null))];
  b.reference(claim.manufacturerId, all.join(', '));
  const issued = [...new Set(numbers.map((entry) => entry.rmaNumber))];
  const steps = numbers.map(({ line, rmaNumber }) => ({ line, changes: { upstreamRma: rmaNumber } }));
  if (claim.status !== 'forwarded') {
    // The claim moved on while the portal was answering (cancelled, say): the numbers go on record, the status stays.
    for (const step of steps) b.line(step.line.id, { ...(reached(step.line, 'authorized') ? {} : { status: 'authorized' as const }), ...step.changes });
    return;
  }
  // The SLA figure: the manufacturer's working minutes from submission to its RMA number (002 §4).
  const slaBusinessMinutes = Math.round(businessMinutesBetween(claim.createdAt, context.now, context.policy.document.businessHours));
  progressLines(b, steps, 'authorized', actor, `${describeActor(actor)} issued RMA ${issued.join(', ')}`, { rmaNumbers: all, slaBusinessMinutes }, terms);
}

/**
 * Goods arrive at the manufacturer. Without an authorized number they may carry an admin fee
 * (002 §3); order errors a restocking fee (003); out of warranty, repair waits for a quote (002 §11).
 */
export function receiveLines(b: DecisionBuilder, steps: LineStep[], actor: Actor, reason: string, data: Record<string, unknown> = {}): void {
  const { claim, context } = b;
  const unauthorized = b.current === 'forwarded';
  if (!progressLines(b, steps, 'received', actor, reason, data)) return;
  if (unauthorized) b.charge(chargeFor('received_without_authorization', context.policy));
  if (claim.returnReason === 'order_error') b.charge(chargeFor('order_error', context.policy));
  const quote = claim.warranty?.status === 'out_of_warranty' ? quoteRequired({ ...claim.warranty, rule: 'warranty' }, context.policy) : null;
  if (quote) b.move('quote_pending', HUB, quote.reason, { rule: quote.rule, policy: quote.policy });
}

const KEEPS_A_UNIT = ['repaired', 'replaced', 'refurbished_replacement'];

/**
 * The manufacturer resolved the units. A repaired or replaced unit carries the longer of its
 * remaining warranty and the policy's minimum (002 §8, §9.1); no fault found may carry the
 * inspection fee (002 §9.3).
 */
export function resolveLines(
  b: DecisionBuilder,
  outcomes: { line: ClaimLineState; outcome: string | undefined; replacementSerial?: string | undefined }[],
  resolution: string | undefined,
  actor: Actor,
  reason: string,
  data: Record<string, unknown> = {},
): void {
  const { claim, context } = b;
  const remaining = claim.warranty?.status === 'in_warranty' ? claim.warranty.endsOn : null;
  const units = outcomes.map(({ line, outcome, replacementSerial }) => {
    const carried = outcome === undefined || KEEPS_A_UNIT.includes(outcome) ? repairedUnitWarranty(remaining, dateOf(context.now), context.policy) : null;
    const changes: LineChanges = { ...(outcome ? { outcome } : {}), ...(replacementSerial ? { replacementSerial } : {}), ...(carried ? { warrantyEndsOn: carried.endsOn } : {}) };
    return { line, replacementSerial, carried, changes };
  });
  if (progressLines(b, units, 'resolved', actor, reason, { ...data, ...(resolution ? { resolution } : {}) })) {
    if (resolution) b.set({ resolution });
    if (resolution === 'no_fault_found') b.charge(chargeFor('no_fault_found', context.policy));
  }
  for (const { line, replacementSerial, carried } of units) {
    if (!carried) continue;
    const unit = replacementSerial ? `replacement ${replacementSerial} (for ${line.serial})` : `unit ${line.serial}`;
    b.note(HUB, `${unit} is under warranty until ${carried.endsOn}: ${carried.reason}`, { rule: carried.rule, policy: carried.policy, serial: line.serial, warrantyEndsOn: carried.endsOn });
  }
}

/** A refused (or unanswered) repair quote: the units go back unrepaired and the inspection fee applies (002 §9.3, §11). */
export function quoteRefused(b: DecisionBuilder): void {
  b.set({ resolution: 'returned_unrepaired' });
  for (const line of b.claim.lines) b.line(line.id, { outcome: 'returned_unrepaired' });
  b.charge(chargeFor('quote_rejected', b.context.policy));
}
