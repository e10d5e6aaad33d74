import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES as calendar } from '../../shared/calendar/working-day-calendar';

describe('counting working days for the Price and Mills conference (example case)', () => {
  it('15 working days after the strategy discussion on Mon 2 Mar 2026 is Mon 23 Mar 2026', () => {
    expect(calendar.addWorkingDays('2026-03-02', 15)).toBe('2026-03-23');
  });

  it('3 working days before the conference on Thu 19 Mar 2026 is Mon 16 Mar 2026', () => {
    expect(calendar.subtractWorkingDays('2026-03-19', 3)).toBe('2026-03-16');
  });

  it('15 working days after Thu 19 Mar 2026 skips Good Friday and Easter Monday: Mon 13 Apr 2026', () => {
    expect(calendar.addWorkingDays('2026-03-19', 15)).toBe('2026-04-13');
  });

  it('10 working days after Thu 19 Mar 2026 is Thu 2 Apr 2026, the day before Good Friday', () => {
    expect(calendar.addWorkingDays('2026-03-19', 10)).toBe('2026-04-02');
  });
});

describe('what counts as a working day', () => {
  it('weekdays count, weekends and bank holidays do not', () => {
    expect(calendar.isWorkingDay('2026-03-19')).toBe(true);
    expect(calendar.isWorkingDay('2026-03-21')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-22')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-03')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-06')).toBe(false);
  });

  it('counting from a Friday skips the weekend', () => {
    expect(calendar.addWorkingDays('2026-03-20', 1)).toBe('2026-03-23');
    expect(calendar.subtractWorkingDays('2026-03-23', 1)).toBe('2026-03-20');
  });

  it('counting from a weekend or holiday starts from the next working day', () => {
    expect(calendar.addWorkingDays('2026-03-21', 1)).toBe('2026-03-23');
    expect(calendar.addWorkingDays('2026-04-03', 1)).toBe('2026-04-07');
  });

  it('zero working days leaves the date as it is', () => {
    expect(calendar.addWorkingDays('2026-03-21', 0)).toBe('2026-03-21');
    expect(calendar.subtractWorkingDays('2026-03-21', 0)).toBe('2026-03-21');
  });

  it('counting carries across the year end and its holidays', () => {
    // Christmas 2026 is a Friday, so Boxing Day is made up on Monday 28 December.
    expect(calendar.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('refuses a negative or fractional count and a date that does not exist', () => {
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.subtractWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-13-01')).toThrow(/not a calendar date/i);
  });
});

describe('working days between two dates', () => {
  it('counts the days after the first date up to and including the second', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-23')).toBe(15);
    expect(calendar.workingDaysBetween('2026-03-19', '2026-04-13')).toBe(15);
  });

  it('is zero for the same date and for a weekend in between', () => {
    expect(calendar.workingDaysBetween('2026-03-19', '2026-03-19')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-20', '2026-03-22')).toBe(0);
  });

  it('is negative when the second date is earlier', () => {
    expect(calendar.workingDaysBetween('2026-03-23', '2026-03-02')).toBe(-15);
  });
});
