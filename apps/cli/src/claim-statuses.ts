import type { ClaimStatus } from '@rma-hub/contracts';

/** The statuses a claim never leaves (CLAIM_LIFECYCLE in libs/domain, which the CLI may not import; a spec keeps the two in step). */
export const FINAL_STATUSES: readonly ClaimStatus[] = ['closed', 'cancelled', 'expired', 'scrapped'];
