import { addDaysIso, isIsoDate } from '../dates/local-date';

/** A calendar date, `YYYY-MM-DD`, with no time zone: the day a conference is held, not an instant. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay` counts. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MONDAY: DayOfWeek = 1;

/** Thrown inside the domain when a date is not a real `YYYY-MM-DD`; callers validate with zod first. */
export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`Not a calendar date in the form YYYY-MM-DD: "${value}".`);
    this.name = 'InvalidDateError';
  }
}

export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value);
  return value;
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dateParts(date: IsoDate): DateParts {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() as DayOfWeek;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

export function nextDay(date: IsoDate): IsoDate {
  return addDaysIso(date, 1);
}

export function previousDay(date: IsoDate): IsoDate {
  return addDaysIso(date, -1);
}
