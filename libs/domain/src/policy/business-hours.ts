import { TZDate } from '@date-fns/tz';
import { addDays, isWeekend, max, min } from 'date-fns';
import type { PolicyDocument } from '@rma-hub/contracts';

/**
 * Minutes of the manufacturer's working time (Monday to Friday, `opens`–`closes` in its time
 * zone) between two instants: the figure SLA reports use (seed 002 §4).
 */
export function businessMinutesBetween(start: Date, end: Date, hours: PolicyDocument['businessHours']): number {
  if (end <= start) return 0;
  const [openH, openM] = hours.opens.split(':').map(Number) as [number, number];
  const [closeH, closeM] = hours.closes.split(':').map(Number) as [number, number];
  let total = 0;
  let day = new TZDate(start.getTime(), hours.timeZone);
  day = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours.timeZone);
  while (day < end) {
    if (!isWeekend(day)) {
      const opens = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), openH, openM, hours.timeZone);
      const closes = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), closeH, closeM, hours.timeZone);
      const from = max([opens, start]);
      const to = min([closes, end]);
      if (to > from) total += (to.getTime() - from.getTime()) / 60_000;
    }
    day = addDays(day, 1);
  }
  return total;
}
