import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../shared/calendar/easter';
import { createCalendar, ENGLAND_AND_WALES } from '../../shared/calendar/working-day-calendar';

/** The official England and Wales lists, as published on gov.uk/bank-holidays. */
const OFFICIAL: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  2020: [
    ['2020-01-01', 'New Year’s Day'],
    ['2020-04-10', 'Good Friday'],
    ['2020-04-13', 'Easter Monday'],
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2020-05-25', 'Spring bank holiday'],
    ['2020-08-31', 'Summer bank holiday'],
    ['2020-12-25', 'Christmas Day'],
    ['2020-12-28', 'Boxing Day'],
  ],
  2021: [
    ['2021-01-01', 'New Year’s Day'],
    ['2021-04-02', 'Good Friday'],
    ['2021-04-05', 'Easter Monday'],
    ['2021-05-03', 'Early May bank holiday'],
    ['2021-05-31', 'Spring bank holiday'],
    ['2021-08-30', 'Summer bank holiday'],
    ['2021-12-27', 'Christmas Day'],
    ['2021-12-28', 'Boxing Day'],
  ],
  2022: [
    ['2022-01-03', 'New Year’s Day'],
    ['2022-04-15', 'Good Friday'],
    ['2022-04-18', 'Easter Monday'],
    ['2022-05-02', 'Early May bank holiday'],
    ['2022-06-02', 'Spring bank holiday'],
    ['2022-06-03', 'Platinum Jubilee bank holiday'],
    ['2022-08-29', 'Summer bank holiday'],
    ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['2022-12-26', 'Boxing Day'],
    ['2022-12-27', 'Christmas Day'],
  ],
  2023: [
    ['2023-01-02', 'New Year’s Day'],
    ['2023-04-07', 'Good Friday'],
    ['2023-04-10', 'Easter Monday'],
    ['2023-05-01', 'Early May bank holiday'],
    ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
    ['2023-05-29', 'Spring bank holiday'],
    ['2023-08-28', 'Summer bank holiday'],
    ['2023-12-25', 'Christmas Day'],
    ['2023-12-26', 'Boxing Day'],
  ],
  2026: [
    ['2026-01-01', 'New Year’s Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day'],
  ],
};

function namedHolidays(year: number): (readonly [string, string])[] {
  return ENGLAND_AND_WALES.bankHolidays(year).map((holiday) => [holiday.date, holiday.name] as const);
}

describe('England and Wales bank holidays match the official lists', () => {
  it.each([2020, 2021, 2022, 2023, 2026])('every bank holiday of %i, with its name', (year) => {
    expect(namedHolidays(year)).toEqual(OFFICIAL[year]);
  });

  it('2020: the early May holiday moved from Monday 4 May to Friday 8 May for VE Day', () => {
    expect(ENGLAND_AND_WALES.isWorkingDay('2020-05-04')).toBe(true);
    expect(ENGLAND_AND_WALES.isWorkingDay('2020-05-08')).toBe(false);
  });

  it('2022: the spring holiday moved from 30 May to 2 June, with 3 June added for the Platinum Jubilee', () => {
    expect(ENGLAND_AND_WALES.isWorkingDay('2022-05-30')).toBe(true);
    expect(ENGLAND_AND_WALES.isWorkingDay('2022-06-02')).toBe(false);
    expect(ENGLAND_AND_WALES.isWorkingDay('2022-06-03')).toBe(false);
    expect(ENGLAND_AND_WALES.bankHolidayOn('2022-06-03')).toMatchObject({ source: 'one-off' });
  });
});

describe('Easter is worked out, not looked up', () => {
  it.each([
    [2024, '2024-03-31', '2024-03-29', '2024-04-01'],
    [2025, '2025-04-20', '2025-04-18', '2025-04-21'],
    [2026, '2026-04-05', '2026-04-03', '2026-04-06'],
    [2027, '2027-03-28', '2027-03-26', '2027-03-29'],
    [2038, '2038-04-25', '2038-04-23', '2038-04-26'],
    [2008, '2008-03-23', '2008-03-21', '2008-03-24'],
  ])('in %i Easter Sunday is %s, so Good Friday is %s and Easter Monday %s', (year, sunday, goodFriday, easterMonday) => {
    expect(easterSunday(year)).toBe(sunday);
    expect(ENGLAND_AND_WALES.bankHolidayOn(goodFriday)?.name).toBe('Good Friday');
    expect(ENGLAND_AND_WALES.bankHolidayOn(easterMonday)?.name).toBe('Easter Monday');
  });
});

describe('holidays at a weekend are made up on a substitute day', () => {
  it('Christmas 2021 fell on a Saturday: Monday 27 and Tuesday 28 December are the holidays', () => {
    const december = ENGLAND_AND_WALES.bankHolidays(2021).filter((h) => h.date.startsWith('2021-12'));
    expect(december).toEqual([
      { date: '2021-12-27', name: 'Christmas Day', substituteDay: true, source: 'rule' },
      { date: '2021-12-28', name: 'Boxing Day', substituteDay: true, source: 'rule' },
    ]);
  });

  it('Christmas 2022 fell on a Sunday: Boxing Day is Monday 26, Christmas is made up on Tuesday 27', () => {
    expect(ENGLAND_AND_WALES.bankHolidayOn('2022-12-26')).toMatchObject({ name: 'Boxing Day', substituteDay: false });
    expect(ENGLAND_AND_WALES.bankHolidayOn('2022-12-27')).toMatchObject({ name: 'Christmas Day', substituteDay: true });
  });

  it('Boxing Day 2020 fell on a Saturday: it is made up on Monday 28 December', () => {
    expect(ENGLAND_AND_WALES.bankHolidayOn('2020-12-28')).toMatchObject({ name: 'Boxing Day', substituteDay: true });
  });

  it('New Year’s Day 2022 fell on a Saturday: Monday 3 January is the holiday', () => {
    expect(ENGLAND_AND_WALES.bankHolidayOn('2022-01-03')).toMatchObject({ name: 'New Year’s Day', substituteDay: true });
    expect(ENGLAND_AND_WALES.isWorkingDay('2022-01-04')).toBe(true);
  });

  it('New Year’s Day 2023 fell on a Sunday: Monday 2 January is the holiday', () => {
    expect(ENGLAND_AND_WALES.bankHolidayOn('2023-01-02')).toMatchObject({ name: 'New Year’s Day', substituteDay: true });
  });

  it('a weekend day is never listed as a bank holiday, however the rules fall', () => {
    for (let year = 1990; year <= 2060; year += 1) {
      for (const holiday of ENGLAND_AND_WALES.bankHolidays(year)) {
        const weekday = new Date(`${holiday.date}T00:00:00Z`).getUTCDay();
        expect([0, 6], `${holiday.date} ${holiday.name}`).not.toContain(weekday);
      }
    }
  });
});

describe('an administrator can change the calendar for their authority', () => {
  it('a date the administrator adds is a holiday, with its name, and is not a working day', () => {
    const calendar = createCalendar({ extraHolidays: [{ date: '2026-07-14', name: 'Northmere council closure day' }] });
    expect(calendar.isWorkingDay('2026-07-14')).toBe(false);
    expect(calendar.bankHolidayOn('2026-07-14')).toEqual({
      date: '2026-07-14',
      name: 'Northmere council closure day',
      substituteDay: false,
      source: 'authority',
    });
    expect(calendar.bankHolidays(2026)).toHaveLength(9);
    expect(ENGLAND_AND_WALES.isWorkingDay('2026-07-14')).toBe(true);
  });

  it('an added date pushes a working-day deadline out by a day', () => {
    const calendar = createCalendar({ extraHolidays: [{ date: '2026-03-10', name: 'Extra holiday' }] });
    expect(calendar.addWorkingDays('2026-03-02', 15)).toBe('2026-03-24');
  });

  it('a removed date counts as a working day again', () => {
    const calendar = createCalendar({ removedHolidays: ['2026-05-04'] });
    expect(calendar.isWorkingDay('2026-05-04')).toBe(true);
    expect(calendar.bankHolidays(2026).map((h) => h.date)).not.toContain('2026-05-04');
  });

  it('refuses a date that is not a real calendar date', () => {
    expect(() => createCalendar({ extraHolidays: [{ date: '2026-02-30', name: 'Nonsense' }] })).toThrow(/not a calendar date/i);
  });
});
