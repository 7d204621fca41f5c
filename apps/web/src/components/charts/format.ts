import { en } from '../../text/en';

/** A duration in the unit that reads best: seconds, minutes, hours or days. */
export function duration(seconds: number): string {
  if (seconds < 60) return en.analytics.seconds(seconds);
  if (seconds < 3600) return en.analytics.minutes(seconds);
  if (seconds < 86400) return en.analytics.hours(seconds);
  return en.analytics.days(seconds);
}
