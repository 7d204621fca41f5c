import { formatReference } from './references';

describe('formatReference', () => {
  it('writes the party prefix, the year and a zero-padded sequence', () => {
    expect(formatReference('DW-RMA', 2026, 42)).toBe('DW-RMA-2026-000042');
    expect(formatReference('X', 2027, 1234567)).toBe('X-2027-1234567');
  });
});
