import { businessMinutesBetween } from './business-hours';

const cet = { timeZone: 'Europe/Paris', opens: '09:00', closes: '18:00' };

describe('business hours for SLA figures (002 §4: 9:00–18:00 CET)', () => {
  it('counts only the open hours of a working day', () => {
    // Monday 2026-01-12, 08:00 → 19:00 Paris (UTC+1): 9 open hours
    expect(businessMinutesBetween(new Date('2026-01-12T07:00:00Z'), new Date('2026-01-12T18:00:00Z'), cet)).toBe(9 * 60);
  });

  it('skips the weekend: Friday 17:00 → Monday 10:00 is two hours', () => {
    expect(businessMinutesBetween(new Date('2026-01-16T16:00:00Z'), new Date('2026-01-19T09:00:00Z'), cet)).toBe(120);
  });

  it('follows the time zone across daylight saving time', () => {
    // Monday 2026-07-06 is UTC+2 in Paris: 09:00 local = 07:00Z
    expect(businessMinutesBetween(new Date('2026-07-06T07:00:00Z'), new Date('2026-07-06T08:00:00Z'), cet)).toBe(60);
  });

  it('is zero for an empty or reversed interval and outside hours', () => {
    expect(businessMinutesBetween(new Date('2026-01-12T10:00:00Z'), new Date('2026-01-12T10:00:00Z'), cet)).toBe(0);
    expect(businessMinutesBetween(new Date('2026-01-17T10:00:00Z'), new Date('2026-01-18T16:00:00Z'), cet)).toBe(0);
  });
});
