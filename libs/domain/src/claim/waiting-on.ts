import type { ClaimStatus } from '@rma-hub/contracts';
import type { Capacity } from './parties';

/**
 * Whose move the claim waits for in each status: the reseller's missing information, shipment or
 * answer to a quote; the distributor's review; the manufacturer's (or whoever acts for it) RMA
 * desk. `hub` waits on routing; final statuses wait on nobody.
 */
export const WAITING_ON: Record<ClaimStatus, Capacity | 'hub' | null> = {
  submitted: 'hub',
  needs_info: 'reseller',
  in_review: 'distributor',
  forwarded: 'manufacturer',
  authorized: 'reseller',
  in_transit: 'manufacturer',
  received: 'manufacturer',
  quote_pending: 'reseller',
  repairing: 'manufacturer',
  resolved: 'manufacturer',
  shipped_back: 'manufacturer',
  rejected: 'manufacturer',
  closed: null,
  cancelled: null,
  expired: null,
  scrapped: null,
};

export const statusesWaitingOn = (capacity: Capacity): ClaimStatus[] =>
  (Object.entries(WAITING_ON) as [ClaimStatus, Capacity | 'hub' | null][]).filter(([, whose]) => whose === capacity).map(([status]) => status);
