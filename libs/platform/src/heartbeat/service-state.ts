import type { ServiceState } from '@rma-hub/contracts';

/** Reports missed before an instance reads as stale: one late report (a slow check, a pause) is not yet a lost instance. */
export const STALE_AFTER_INTERVALS = 3;

/** An instance's state from its last report and how long it has been silent since, against its own reporting interval. */
export function serviceState(report: { ready: boolean; silentMs: number; intervalMs: number }): ServiceState {
  if (report.silentMs > STALE_AFTER_INTERVALS * report.intervalMs) return 'stale';
  return report.ready ? 'up' : 'not_ready';
}
