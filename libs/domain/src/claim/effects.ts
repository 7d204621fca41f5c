import type { Actor, Address, ClaimContact, ClaimStatus, PolicyRef, TopicName, TopicPayload, WarrantyVerdictView } from '@rma-hub/contracts';
import type { Charge } from '../policy';
import type { ClaimRefusal } from './claim-errors';
import type { QuoteState } from './claim-state';

export const TIMER_KINDS = ['rma_expiry', 'scrap', 'quote_timeout', 'advance_return'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

export interface TimerPlan {
  kind: TimerKind;
  dueAt: Date;
  rule: string;
  policy: PolicyRef;
}

export interface ShipmentState {
  carrier: string;
  trackingNumber: string;
  shippedAt: string;
}

/** Claim fields a decision sets; absent fields stay as they are. */
export interface ClaimFieldChanges {
  distributorId?: string;
  warranty?: WarrantyVerdictView;
  shipment?: ShipmentState;
  returnShipment?: ShipmentState;
  resolution?: string;
  quote?: QuoteState;
  purchaseDate?: string;
  deliveredOn?: string;
  proofOfPurchase?: string;
  dealer?: string;
  supportTicket?: string;
  portalAccountId?: string;
  shipTo?: Address;
  contact?: ClaimContact;
}

export interface LineChanges {
  status?: ClaimStatus;
  upstreamRma?: string;
  outcome?: string;
  replacementSerial?: string;
  macId?: string;
  category?: string;
  warrantyEndsOn?: string;
}

export type OutboundMessage = { [T in TopicName]: { topic: T; payload: TopicPayload<T> } }[TopicName];

/** One thing that follows from a decision, applied in order by the claim service in one transaction. */
export type ClaimEffect =
  /** The status moves: a timeline event and `rma.claim.status-changed.v1`. */
  | { type: 'transition'; from: ClaimStatus; to: ClaimStatus; actor: Actor; reason: string; data?: Record<string, unknown> }
  /** A decision or move on record in the timeline that leaves the status as it is. */
  | { type: 'note'; actor: Actor; reason: string; data?: Record<string, unknown> }
  | { type: 'set'; fields: ClaimFieldChanges }
  | { type: 'line'; lineId: string; changes: LineChanges }
  | { type: 'hop'; partyId: string; role: 'distributor' | 'manufacturer'; position: number; reference: string | null }
  /** A party's own reference on its hop (the manufacturer's RMA numbers, a distributor's RMA number). */
  | { type: 'reference'; partyId: string; reference: string }
  | { type: 'charge'; charge: Charge }
  | { type: 'schedule'; timer: TimerPlan }
  | { type: 'cancel-timers'; kinds: TimerKind[] }
  | { type: 'publish'; message: OutboundMessage };

export type ClaimDecision = { accepted: true; status: ClaimStatus; effects: ClaimEffect[] } | { accepted: false; refusal: ClaimRefusal };
