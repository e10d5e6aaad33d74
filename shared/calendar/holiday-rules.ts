import { addDaysIso } from '../dates/local-date';
import type { BankHoliday } from './bank-holiday';
import { easterSunday } from './easter';
import { dayOfWeek, isoDateOf, MONDAY, type DayOfWeek, type IsoDate } from './iso-date';

/**
 * England and Wales bank holidays that follow standing rules (the pattern in force since 1978).
 * One-off changes, such as a moved early May holiday, are data in `one-off-changes.ts`.
 */
export function ruleBankHolidays(year: number): readonly BankHoliday[] {
  const easter = easterSunday(year);
  return [
    newYearsDay(year),
    rule(addDaysIso(easter, -2), 'Good Friday'),
    rule(addDaysIso(easter, 1), 'Easter Monday'),
    rule(firstMonday(year, 5), 'Early May bank holiday'),
    rule(lastMonday(year, 5), 'Spring bank holiday'),
    rule(lastMonday(year, 8), 'Summer bank holiday'),
    ...christmasAndBoxingDay(year),
  ];
}

function rule(date: IsoDate, name: string, substituteDay = false): BankHoliday {
  return { date, name, substituteDay, source: 'rule' };
}

const NEW_YEARS_DAY = 'New Year’s Day';
const CHRISTMAS_DAY = 'Christmas Day';
const BOXING_DAY = 'Boxing Day';

/** At a weekend, New Year's Day moves to the following Monday. */
function newYearsDay(year: number): BankHoliday {
  const first = isoDateOf(year, 1, 1);
  const weekday: DayOfWeek = dayOfWeek(first);
  switch (weekday) {
    case 6:
      return rule(isoDateOf(year, 1, 3), NEW_YEARS_DAY, true);
    case 0:
      return rule(isoDateOf(year, 1, 2), NEW_YEARS_DAY, true);
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
      return rule(first, NEW_YEARS_DAY);
    default:
      return assertNever(weekday);
  }
}

/** The two days are substituted together, so both land on the next free weekdays. */
function christmasAndBoxingDay(year: number): readonly BankHoliday[] {
  const day = (d: number) => isoDateOf(year, 12, d);
  const weekday: DayOfWeek = dayOfWeek(day(25));
  switch (weekday) {
    case 6: // Saturday: Christmas moves to Monday 27, Boxing Day (Sunday) to Tuesday 28.
      return [rule(day(27), CHRISTMAS_DAY, true), rule(day(28), BOXING_DAY, true)];
    case 0: // Sunday: Boxing Day stays on Monday 26, Christmas moves to Tuesday 27.
      return [rule(day(26), BOXING_DAY), rule(day(27), CHRISTMAS_DAY, true)];
    case 5: // Friday: Boxing Day (Saturday) moves to Monday 28.
      return [rule(day(25), CHRISTMAS_DAY), rule(day(28), BOXING_DAY, true)];
    case 1:
    case 2:
    case 3:
    case 4:
      return [rule(day(25), CHRISTMAS_DAY), rule(day(26), BOXING_DAY)];
    default:
      return assertNever(weekday);
  }
}

function firstMonday(year: number, month: number): IsoDate {
  const first = isoDateOf(year, month, 1);
  return addDaysIso(first, (MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = addDaysIso(isoDateOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  return addDaysIso(last, -((dayOfWeek(last) - MONDAY + 7) % 7));
}

function assertNever(value: never): never {
  throw new Error(`Unexpected day of the week: ${String(value)}`);
}
