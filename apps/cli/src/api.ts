import type { Actor, ClaimStatus } from '@rma-hub/contracts';

/** The hub's HTTP answers, as far as the CLI reads them. */

export interface ClaimView {
  id: string;
  status: ClaimStatus;
  manufacturer: string;
  references: { reseller: string | null; distributor: string | null; manufacturer: string | null };
  lines: { lineNo: number; serial: string; model: string; status: string; rmaNumber: string | null }[];
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
