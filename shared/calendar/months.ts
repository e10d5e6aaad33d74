import { daysInMonth } from '../dates/local-date';
import { assertIsoDate, dateParts, isoDateOf, type IsoDate } from './iso-date';

/**
 * "Within N months of X" (a first review within 3 months of the initial conference, a later review
 * within 6 months of the previous one): the same day of the month, N months later; when that month
 * is too short, its last day (31 Aug + 3 months → 30 Nov; 30 Nov + 3 months → 28 or 29 Feb).
 * The result is the last day the meeting may be held, whether or not it is a working day.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError(`Months must be a whole number, 0 or more (got ${months}).`);
  }
  const { year, month, day } = dateParts(date);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return isoDateOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
