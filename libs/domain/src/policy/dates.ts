import { addBusinessDays, addDays, addMonths, differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';

/** Calendar dates as YYYY-MM-DD strings; arithmetic by date-fns in one consistent local frame. */
const day = (iso: string) => parseISO(iso);
const iso = (date: Date) => format(date, 'yyyy-MM-dd');

export const plusMonths = (date: string, months: number) => iso(addMonths(day(date), months));
export const plusDays = (date: string, days: number) => iso(addDays(day(date), days));
export const minusDays = (date: string, days: number) => iso(subDays(day(date), days));
export const plusBusinessDays = (date: string, days: number) => iso(addBusinessDays(day(date), days));
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(day(to), day(from));
export const laterOf = (a: string, b: string) => (a >= b ? a : b);
export const dateOf = (instant: Date) => instant.toISOString().slice(0, 10);
