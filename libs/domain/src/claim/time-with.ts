import type { ClaimStatus, PartyTier } from '@rma-hub/contracts';

/**
 * Which tier of the chain holds the claim in each status, for the time each party spent with it:
 * the reseller answers what is missing, ships the goods once authorized and decides on a quote; the
 * goods are on the road in in_transit and shipped_back. Unlike WAITING_ON this asks who holds the
 * claim, not whose move it is. Final statuses count for nobody.
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

/** TIME_WITH as two lists of the same length, status and its tier, the statuses no tier holds left out. */
export function timeWithPairs(): { statuses: ClaimStatus[]; tiers: PartyTier[] } {
  const held = (Object.entries(TIME_WITH) as [ClaimStatus, PartyTier | null][]).filter((entry): entry is [ClaimStatus, PartyTier] => entry[1] !== null);
  return { statuses: held.map(([status]) => status), tiers: held.map(([, tier]) => tier) };
}
