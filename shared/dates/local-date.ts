import { ukIsoDate } from './uk-time';
/**
 * Dates the user picks are calendar dates (`YYYY-MM-DD`) with no time zone; times are `HH:MM`.
 * These helpers check and compare them without going through `Date`'s local-time pitfalls.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Accepts what people type for a time (`10:00`, `10.00`, `1000`, `9:30`) and returns `HH:MM`, or the text unchanged. */
export function normaliseTimeOfDay(text: string): string {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return text.trim();
  const candidate = `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
  return isTimeOfDay(candidate) ? candidate : text.trim();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's calendar date in the UK (Europe/London), whatever the computer's own time zone. */
export function localIsoDate(now: Date): string {
  return ukIsoDate(now);
}

/** ISO dates compare correctly as strings; this names the intent. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDaysIso(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const result = new Date(Date.UTC(year, month - 1, day + days));
  return result.toISOString().slice(0, 10);
}
