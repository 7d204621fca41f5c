import type { ClaimView } from '@rma-hub/api-client';

type ClaimStatus = ClaimView['status'];

/** The happy path, in order (libs/domain claim-lifecycle PROGRESS): the only stretch where a unit can get ahead of its claim. */
const PROGRESS: readonly ClaimStatus[] = ['submitted', 'in_review', 'forwarded', 'authorized', 'in_transit', 'received', 'quote_pending', 'repairing', 'resolved', 'shipped_back', 'closed'];

/**
 * What to show as a unit's status. The API's line status is only the unit's own progress (authorized,
 * received, resolved one unit at a time) and stays behind while the claim moves as a whole (needs_info,
 * quote_pending, rejected, …), so the claim's status is the unit's, unless the unit has got ahead of it
 * while the claim waits for its other units.
 */
export function unitStatus(claimStatus: ClaimStatus, lineStatus: ClaimStatus): ClaimStatus {
  const claimAt = PROGRESS.indexOf(claimStatus);
  const lineAt = PROGRESS.indexOf(lineStatus);
  return claimAt !== -1 && lineAt > claimAt ? lineStatus : claimStatus;
}
