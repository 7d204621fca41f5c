import type { ClaimStatus } from '@rma-hub/contracts';

/** Every way the claim's owner refuses a command; the HTTP edge maps each code to a status. */
export const CLAIM_ERROR_CODES = [
  /** The claim does not exist, or the caller is off its chain (never told apart). */
  'CLAIM.NOT_FOUND',
  /** The caller is on the chain, but the action is another party's move. */
  'CLAIM.ACTION_FORBIDDEN',
  /** The right party at the wrong moment. */
  'CLAIM.ACTION_NOT_ALLOWED',
  /** The body names a serial the claim does not carry, or leaves out one it must cover. */
  'CLAIM.UNKNOWN_LINE',
  /** The policy or the claim's lines need RMA numbers the request did not give. */
  'CLAIM.RMA_NUMBER_REQUIRED',
  /** Another claim of this manufacturer already carries the RMA number. */
  'CLAIM.RMA_NUMBER_TAKEN',
  /** A date the caller gave is not in the future. */
  'CLAIM.DEADLINE_PASSED',
  /** A message about the claim cannot be applied to it as it stands (dead-lettered by consumers). */
  'CLAIM.REPORT_NOT_APPLICABLE',
  /** The manufacturer has no policy configured. */
  'CLAIM.NO_POLICY',
  /** Only resellers submit claims. */
  'CLAIM.SUBMITTER_NOT_RESELLER',
  /** The claim names a manufacturer the network does not have. */
  'CLAIM.UNKNOWN_MANUFACTURER',
  /** No distributor serves the reseller for the manufacturer: refused, never parked. */
  'CLAIM.NO_ROUTE',
  /** The reseller already has a claim under this reference. */
  'CLAIM.REFERENCE_TAKEN',
] as const;
export type ClaimErrorCode = (typeof CLAIM_ERROR_CODES)[number];

export interface FieldProblem {
  /** JSON Pointer into the request body, e.g. "/lines/1/serial". */
  pointer: string;
  detail: string;
}

/** Why the claim's owner refused: a code, words for a person, and what the claim allows instead. */
export interface ClaimRefusal {
  code: ClaimErrorCode;
  detail: string;
  currentStatus?: ClaimStatus;
  allowedNext?: ClaimStatus[];
  errors?: FieldProblem[];
}

/** A refused command, raised by the claim service; only the HTTP edge and consumers translate it. */
export class ClaimError extends Error {
  constructor(readonly refusal: ClaimRefusal) {
    super(`${refusal.code}: ${refusal.detail}`);
    this.name = 'ClaimError';
  }

  get code(): ClaimErrorCode {
    return this.refusal.code;
  }
}
