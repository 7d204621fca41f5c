import type { ClaimStatus, PartyTier } from '@rma-hub/contracts';

/**
 * Which tier of the chain holds the claim in each status, for the time each party spent with it:
 * the reseller answers what is missing, ships the goods once authorized and decides on a quote; the
 * goods are on the road in in_transit and shipped_back. Unlike WAITING_ON this asks who holds the
 * claim, not whose move it is. Final statuses count for nobody. The analytics read it from its
 * mirror in PostgreSQL (claim_status_tiers), which an integration test keeps equal to this.
 */
export const TIME_WITH: Record<ClaimStatus, PartyTier | null> = {
  submitted: 'hub',
  needs_info: 'reseller',
  in_review: 'distributor',
  forwarded: 'manufacturer',
  authorized: 'reseller',
  in_transit: 'in_transit',
  received: 'manufacturer',
  quote_pending: 'reseller',
  repairing: 'manufacturer',
  resolved: 'manufacturer',
  shipped_back: 'in_transit',
  rejected: 'manufacturer',
  closed: null,
  cancelled: null,
  expired: null,
  scrapped: null,
};
