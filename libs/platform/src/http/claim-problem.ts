import type { ClaimError, ClaimErrorCode } from '@rma-hub/domain';
import { problem, type Problem } from './problem';

/** Each refusal's HTTP status and title (the API's documentation lists them per route). */
export const CLAIM_PROBLEM_STATUS_AND_TITLE: Record<ClaimErrorCode, [number, string]> = {
  'CLAIM.NOT_FOUND': [404, 'Claim not found'],
  'CLAIM.ACTION_FORBIDDEN': [403, 'This move is another party’s'],
  'CLAIM.ACTION_NOT_ALLOWED': [409, 'The claim does not allow this now'],
  'CLAIM.UNKNOWN_LINE': [422, 'The request does not match the claim’s lines'],
  'CLAIM.RMA_NUMBER_REQUIRED': [422, 'RMA numbers are missing'],
  'CLAIM.RMA_NUMBER_TAKEN': [409, 'RMA number already in use'],
  'CLAIM.DEADLINE_PASSED': [422, 'The date has passed'],
  'CLAIM.REPORT_NOT_APPLICABLE': [409, 'The report does not apply to the claim'],
  'CLAIM.NO_POLICY': [500, 'The manufacturer has no policy configured'],
  'CLAIM.SUBMITTER_NOT_RESELLER': [403, 'Only resellers submit claims'],
  'CLAIM.UNKNOWN_MANUFACTURER': [422, 'Unknown manufacturer'],
  'CLAIM.NO_ROUTE': [422, 'No route to this manufacturer'],
  'CLAIM.REFERENCE_TAKEN': [409, 'Reference already used'],
};

/** The domain's refusal as problem+json: its code, words, and what the claim allows instead. */
export function claimProblem(error: ClaimError): Problem {
  const { code, detail, currentStatus, allowedNext, errors } = error.refusal;
  const [status, title] = CLAIM_PROBLEM_STATUS_AND_TITLE[code];
  // A claim off the caller's chain is indistinguishable from one that does not exist.
  if (status === 404) return problem(404, code, title).problem;
  return problem(status, code, title, {
    detail,
    ...(currentStatus ? { currentStatus } : {}),
    ...(allowedNext ? { allowedNext } : {}),
    ...(errors ? { errors } : {}),
  }).problem;
}
