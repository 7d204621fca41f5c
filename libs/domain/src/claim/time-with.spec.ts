import { CLAIM_STATUSES, PARTY_TIERS, type ClaimStatus } from '@rma-hub/contracts';
import { TIME_WITH } from './time-with';

describe('the time each tier holds a claim', () => {
  it('gives each tier exactly its statuses, and the final ones to nobody', () => {
    const statusesOf = (tier: string | null) => CLAIM_STATUSES.filter((status: ClaimStatus) => TIME_WITH[status] === tier).sort();
    expect(Object.fromEntries(PARTY_TIERS.map((tier) => [tier, statusesOf(tier)]))).toEqual({
      reseller: ['authorized', 'needs_info', 'quote_pending'],
      distributor: ['in_review'],
      manufacturer: ['forwarded', 'received', 'rejected', 'repairing', 'resolved'],
      in_transit: ['in_transit', 'shipped_back'],
      hub: ['submitted'],
    });
    expect(statusesOf(null)).toEqual(['cancelled', 'closed', 'expired', 'scrapped']);
  });
});
