import type { Actor, ClaimActionBodies, ClaimStatus, Resolution } from '@rma-hub/contracts';

/** The hub's HTTP answers, as far as the CLI reads them. */

/** A move a party takes on a claim: `POST /v1/claims/{id}/actions/{action}`. */
export type ClaimAction = keyof ClaimActionBodies;

export interface Shipment {
  carrier: string;
  trackingNumber: string;
  shippedAt: string;
}

export interface Quote {
  amount: number;
  currency: string;
  validUntil: string | null;
  quotedAt: string;
}

export interface ClaimLine {
  lineNo: number;
  serial: string;
  model: string;
  status: string;
  rmaNumber: string | null;
  outcome: Resolution | null;
  replacementSerial: string | null;
  /** Set once the unit comes back repaired or replaced: its warranty from then on (YYYY-MM-DD). */
  warrantyEndsOn: string | null;
}

export interface ClaimView {
  id: string;
  status: ClaimStatus;
  manufacturer: string;
  references: { reseller: string | null; distributor: string | null; manufacturer: string | null };
  lines: ClaimLine[];
  /** The actions the caller may take on the claim now. */
  allowedActions: ClaimAction[];
  /** The reseller's shipment to the manufacturer. */
  shipment: Shipment | null;
  /** The manufacturer's repair quote, once there is one. */
  quote: Quote | null;
  /** The goods on their way back to the reseller. */
  returnShipment: Shipment | null;
  /** Only on GET /v1/claims/{id}: the call to the manufacturer's portal, null before there is one. */
  upstream?: { state: string; attempts: number; lastError: string | null; nextAttemptAt: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimPage {
  claims: ClaimView[];
  nextCursor: string | null;
}

export interface ClaimEvent {
  seq: number;
  type: string;
  from: ClaimStatus | null;
  to: ClaimStatus | null;
  actor: Actor;
  reason: string;
  occurredAt: string;
}

export interface ClaimEvents {
  claimId: string;
  events: ClaimEvent[];
}

export interface BulkAccepted {
  jobId: string;
  received: number;
  status: string;
}

export interface LineError {
  line: number;
  pointer: string;
  detail: string;
}

export interface ManufacturerTally {
  manufacturer: string;
  forwarded: number;
  refused: number;
  rmaOpened: number;
  waiting: number;
}

export interface JobView {
  id: string;
  kind: 'import' | 'forward';
  format: string | null;
  state: 'receiving' | 'queued' | 'running' | 'done';
  counts: { received: number; accepted: number; duplicates: number; rejected: number; done: number };
  progress: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  errors: { items: LineError[]; nextErrorsAfter: number | null };
  /** Forward jobs only. */
  manufacturers?: ManufacturerTally[];
}

export interface ForwardOutcome {
  line: number;
  claimId: string;
  manufacturer: string;
  outcome: 'forwarded' | 'refused';
  detail: string | null;
  status: ClaimStatus;
  upstream: unknown;
}

export interface OutcomePage {
  items: ForwardOutcome[];
  nextAfter: number | null;
}
