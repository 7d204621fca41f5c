import { serviceState, STALE_AFTER_INTERVALS } from './service-state';

describe('serviceState', () => {
  const intervalMs = 10_000;

  it('is up when the last report was ready and recent', () => {
    expect(serviceState({ ready: true, silentMs: 0, intervalMs })).toBe('up');
    expect(serviceState({ ready: true, silentMs: intervalMs * 2.5, intervalMs })).toBe('up');
  });

  it('is not_ready when a check of the recent report was down', () => {
    expect(serviceState({ ready: false, silentMs: 1_000, intervalMs })).toBe('not_ready');
  });

  it('turns stale only after three intervals without a report, whatever the report said', () => {
    const limit = STALE_AFTER_INTERVALS * intervalMs;
    expect(STALE_AFTER_INTERVALS).toBe(3);
    expect(serviceState({ ready: true, silentMs: limit, intervalMs })).toBe('up');
    expect(serviceState({ ready: true, silentMs: limit + 1, intervalMs })).toBe('stale');
    expect(serviceState({ ready: false, silentMs: limit + 1, intervalMs })).toBe('stale');
  });

  it('measures silence against the instance’s own interval', () => {
    expect(serviceState({ ready: true, silentMs: 5_000, intervalMs: 1_000 })).toBe('stale');
    expect(serviceState({ ready: true, silentMs: 5_000, intervalMs: 60_000 })).toBe('up');
  });
});
