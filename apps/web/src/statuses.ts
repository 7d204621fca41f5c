import type { ClaimView } from '@rma-hub/api-client';

type ClaimStatus = ClaimView['status'];

/** Every claim status, in lifecycle order; the Record makes the compiler flag one the API adds. */
const ORDER: Record<ClaimStatus, number> = {
  submitted: 0,
  needs_info: 1,
  in_review: 2,
  forwarded: 3,
  authorized: 4,
  rejected: 5,
  in_transit: 6,
  received: 7,
  quote_pending: 8,
  repairing: 9,
  resolved: 10,
  shipped_back: 11,
  closed: 12,
  cancelled: 13,
  expired: 14,
  scrapped: 15,
};
export const CLAIM_STATUSES = (Object.keys(ORDER) as ClaimStatus[]).sort((a, b) => ORDER[a] - ORDER[b]);
