import { CLAIM_STATUSES, PARTY_TIERS } from '@rma-hub/contracts';
import { TIME_WITH, timeWithPairs } from './time-with';

describe('the time each tier holds a claim', () => {
  it('gives each tier exactly its statuses, and the final ones to nobody', () => {
    const { statuses, tiers } = timeWithPairs();
    const byTier = Object.fromEntries(PARTY_TIERS.map((tier) => [tier, statuses.filter((_, index) => tiers[index] === tier).sort()]));
    expect(byTier).toEqual({
      reseller: ['authorized', 'needs_info', 'quote_pending'],
      distributor: ['in_review'],
      manufacturer: ['forwarded', 'received', 'rejected', 'repairing', 'resolved'],
      in_transit: ['in_transit', 'shipped_back'],
      hub: ['submitted'],
    });
    expect(CLAIM_STATUSES.filter((status) => !statuses.includes(status))).toEqual(['closed', 'cancelled', 'expired', 'scrapped']);
  });

  it('pairs every status with its own tier', () => {
    const { statuses, tiers } = timeWithPairs();
    expect(statuses).toHaveLength(tiers.length);
    statuses.forEach((status, index) => expect([status, tiers[index]]).toEqual([status, TIME_WITH[status]]));
  });
});
