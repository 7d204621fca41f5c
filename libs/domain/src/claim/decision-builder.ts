import { CLAIM_STATUS_CHANGED, PORTAL_RMA_REQUESTED, type Actor, type ClaimStatus } from '@rma-hub/contracts';
import { decideTransition } from '../claim-lifecycle';
import type { Charge } from '../policy';
import type { ClaimState } from './claim-state';
import type { DecisionContext } from './decision-context';
import { deadlinesOnEntering, type EntryTerms } from './deadlines';
import type { ClaimDecision, ClaimEffect, ClaimFieldChanges, LineChanges, OutboundMessage, TimerKind, TimerPlan } from './effects';

export const HUB: Actor = { role: 'hub', partyId: null };

/**
 * Collects a decision's effects in order. Each status move is checked against the lifecycle, is
 * announced, and brings the deadlines of the status it enters, so no caller can forget either.
 */
export class DecisionBuilder {
  private status: ClaimStatus;
  private readonly effects: ClaimEffect[] = [];

  constructor(
    readonly claim: ClaimState,
    readonly context: DecisionContext,
  ) {
    this.status = claim.status;
  }

  get current(): ClaimStatus {
    return this.status;
  }

  mayMove(to: ClaimStatus, actor: Actor): boolean {
    return decideTransition(this.status, to, actor.role).allowed;
  }

  move(to: ClaimStatus, actor: Actor, reason: string, data?: Record<string, unknown>, terms: EntryTerms = {}): this {
    if (!this.mayMove(to, actor)) throw new Error(`lifecycle invariant: ${actor.role} cannot move ${this.status} to ${to}`);
    const from = this.status;
    this.effects.push({ type: 'transition', from, to, actor, reason, ...(data ? { data } : {}) });
    this.publish({
      topic: CLAIM_STATUS_CHANGED,
      payload: { claimId: this.claim.id, from, to, actor, reason, occurredAt: this.context.now.toISOString() },
    });
    this.status = to;
    this.effects.push(...deadlinesOnEntering(to, this.claim, this.context, terms));
    return this;
  }

  note(actor: Actor, reason: string, data?: Record<string, unknown>): this {
    this.effects.push({ type: 'note', actor, reason, ...(data ? { data } : {}) });
    return this;
  }

  set(fields: ClaimFieldChanges): this {
    this.effects.push({ type: 'set', fields });
    return this;
  }

  line(lineId: string, changes: LineChanges): this {
    this.effects.push({ type: 'line', lineId, changes });
    return this;
  }

  hop(partyId: string, role: 'distributor' | 'manufacturer', position: number, reference: string | null): this {
    this.effects.push({ type: 'hop', partyId, role, position, reference });
    return this;
  }

  reference(partyId: string, reference: string): this {
    this.effects.push({ type: 'reference', partyId, reference });
    return this;
  }

  charge(charge: Charge | null): this {
    if (charge) this.effects.push({ type: 'charge', charge });
    return this;
  }

  schedule(timer: TimerPlan): this {
    this.effects.push({ type: 'schedule', timer });
    return this;
  }

  cancelTimers(kinds: TimerKind[]): this {
    this.effects.push({ type: 'cancel-timers', kinds });
    return this;
  }

  publish(message: OutboundMessage): this {
    this.effects.push({ type: 'publish', message });
    return this;
  }

  /** Asks the manufacturer's connector to open the RMA, when a portal is the manufacturer's channel. */
  requestPortalRma(claim: ClaimState = this.claim): this {
    if (this.context.channel.kind !== 'portal') return this;
    return this.publish({
      topic: PORTAL_RMA_REQUESTED,
      payload: {
        claimId: claim.id,
        manufacturerId: claim.manufacturerId,
        returnReason: claim.returnReason,
        failureDescription: claim.failureDescription,
        purchaseDate: claim.purchaseDate,
        supportTicket: claim.supportTicket,
        portalAccountId: claim.portalAccountId,
        shipTo: claim.shipTo,
        contact: claim.contact,
        lines: claim.lines.map((line) => ({ lineId: line.id, serial: line.serial, model: line.model, macId: line.macId })),
      },
    });
  }

  decision(): ClaimDecision {
    return { accepted: true, status: this.status, effects: [...this.effects] };
  }
}
