import { compareIsoDates } from '../dates/local-date';
import type { BankHoliday, HolidayEntry } from './bank-holiday';
import { ruleBankHolidays } from './holiday-rules';
import { assertIsoDate, dateParts, isWeekend, nextDay, previousDay, type IsoDate } from './iso-date';
import { ONE_OFF_CHANGES, type OneOffChange } from './one-off-changes';

/**
 * Statutory timescales count working days: weekends and England and Wales bank holidays do not
 * count. Every rule in the app counts through one of these calendars.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** The bank holiday on this date, if there is one (a weekend is not a bank holiday). */
  bankHolidayOn(date: IsoDate): BankHoliday | undefined;
  /** The year's bank holidays in date order, with their names. */
  bankHolidays(year: number): readonly BankHoliday[];
  /** "N working days after X": count forward N working days, X itself not counted. N = 0 gives X. */
  addWorkingDays(date: IsoDate, workingDays: number): IsoDate;
  /** "N working days before X": count back N working days, X itself not counted. N = 0 gives X. */
  subtractWorkingDays(date: IsoDate, workingDays: number): IsoDate;
  /**
   * Working days after `from` up to and including `to` (negative when `to` is earlier), so that
   * `workingDaysBetween(x, addWorkingDays(x, n)) === n`.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

export interface CalendarOptions {
  /** Dates the authority treats as holidays too, for example a newly proclaimed bank holiday. */
  readonly extraHolidays?: readonly HolidayEntry[];
  /** Dates that are not to count as holidays after all. */
  readonly removedHolidays?: readonly IsoDate[];
}

// isIsoDate accepts years up to 2199; counting past that would leave the supported range.
const LAST_SUPPORTED_YEAR = 2199;

export function createCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  const extraHolidays = (options.extraHolidays ?? []).map((entry) => ({ ...entry, date: assertIsoDate(entry.date) }));
  const removedHolidays = new Set((options.removedHolidays ?? []).map(assertIsoDate));
  const byYear = new Map<number, ReadonlyMap<IsoDate, BankHoliday>>();

  function holidaysOf(year: number): ReadonlyMap<IsoDate, BankHoliday> {
    const cached = byYear.get(year);
    if (cached) return cached;
    const holidays = new Map<IsoDate, BankHoliday>();
    for (const holiday of ruleBankHolidays(year)) holidays.set(holiday.date, holiday);
    for (const change of ONE_OFF_CHANGES) applyOneOff(holidays, change, year);
    for (const date of removedHolidays) holidays.delete(date);
    for (const entry of extraHolidays) {
      if (dateParts(entry.date).year === year) {
        holidays.set(entry.date, { date: entry.date, name: entry.name, substituteDay: false, source: 'authority' });
      }
    }
    byYear.set(year, holidays);
    return holidays;
  }

  function bankHolidayOn(date: IsoDate): BankHoliday | undefined {
    assertIsoDate(date);
    return holidaysOf(dateParts(date).year).get(date);
  }

  function isWorkingDay(date: IsoDate): boolean {
    return !isWeekend(assertIsoDate(date)) && bankHolidayOn(date) === undefined;
  }

  function step(date: IsoDate, workingDays: number, move: (date: IsoDate) => IsoDate): IsoDate {
    assertIsoDate(date);
    if (!Number.isSafeInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`Working days must be a whole number, 0 or more (got ${workingDays}).`);
    }
    let current = date;
    for (let counted = 0; counted < workingDays; ) {
      current = move(current);
      const { year } = dateParts(current);
      if (year > LAST_SUPPORTED_YEAR || year < 1900) throw new RangeError('That date is outside the calendar’s range.');
      if (isWorkingDay(current)) counted += 1;
    }
    return current;
  }

  function workingDaysBetween(from: IsoDate, to: IsoDate): number {
    assertIsoDate(from);
    assertIsoDate(to);
    if (compareIsoDates(from, to) > 0) return -workingDaysBetween(to, from);
    let count = 0;
    for (let day = from; day < to; ) {
      day = nextDay(day);
      if (isWorkingDay(day)) count += 1;
    }
    return count;
  }

  return {
    isWorkingDay,
    bankHolidayOn,
    bankHolidays: (year) =>
      [...holidaysOf(year).values()].sort((a, b) => compareIsoDates(a.date, b.date)),
    addWorkingDays: (date, workingDays) => step(date, workingDays, nextDay),
    subtractWorkingDays: (date, workingDays) => step(date, workingDays, previousDay),
    workingDaysBetween,
  };
}

function applyOneOff(holidays: Map<IsoDate, BankHoliday>, change: OneOffChange, year: number): void {
  for (const date of change.remove) {
    if (dateParts(date).year === year) holidays.delete(date);
  }
  for (const entry of change.add) {
    if (dateParts(entry.date).year === year) {
      holidays.set(entry.date, { date: entry.date, name: entry.name, substituteDay: false, source: 'one-off' });
    }
  }
}

/** England and Wales bank holidays with no local additions. */
export const ENGLAND_AND_WALES = createCalendar();
