import { describe, expect, it } from '@jest/globals';
import { unitStatus } from './unit-status';

describe('a unit’s status on the claim page', () => {
  it('is the claim’s while the claim moves as a whole, whatever the unit’s own progress says', () => {
    expect(unitStatus('needs_info', 'submitted')).toBe('needs_info');
    expect(unitStatus('forwarded', 'submitted')).toBe('forwarded');
    expect(unitStatus('quote_pending', 'received')).toBe('quote_pending');
    expect(unitStatus('shipped_back', 'received')).toBe('shipped_back');
    expect(unitStatus('rejected', 'authorized')).toBe('rejected');
    expect(unitStatus('cancelled', 'authorized')).toBe('cancelled');
  });

  it('is the unit’s own once it has got ahead of a claim waiting for its other units', () => {
    expect(unitStatus('forwarded', 'authorized')).toBe('authorized');
    expect(unitStatus('in_transit', 'received')).toBe('received');
    expect(unitStatus('repairing', 'resolved')).toBe('resolved');
  });
});
