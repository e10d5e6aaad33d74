import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../../shared/calendar/iso-date';
import { createCalendar, ENGLAND_AND_WALES } from '../../shared/calendar/working-day-calendar';

/** Any real date from 1990 to 2090. */
const anyDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
const workingDays = fc.integer({ min: 1, max: 400 });

describe('working-day arithmetic holds for any date', () => {
  it('adding one or more working days always lands on a working day', () => {
    fc.assert(
      fc.property(anyDate, workingDays, (date, n) => {
        expect(ENGLAND_AND_WALES.isWorkingDay(ENGLAND_AND_WALES.addWorkingDays(date, n))).toBe(true);
      }),
    );
  });

  it('the working days between a date and n working days later are n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (date, n) => {
        expect(ENGLAND_AND_WALES.workingDaysBetween(date, ENGLAND_AND_WALES.addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('counting back is the mirror of counting forward', () => {
    fc.assert(
      fc.property(anyDate, workingDays, (date, n) => {
        const earlier = ENGLAND_AND_WALES.subtractWorkingDays(date, n);
        expect(ENGLAND_AND_WALES.isWorkingDay(earlier)).toBe(true);
        expect(ENGLAND_AND_WALES.workingDaysBetween(earlier, date)).toBe(ENGLAND_AND_WALES.isWorkingDay(date) ? n : n - 1);
      }),
    );
  });

  it('the same holds with days an administrator added', () => {
    const calendar = createCalendar({
      extraHolidays: [
        { date: '2026-03-10', name: 'Closure day' },
        { date: '2026-07-14', name: 'Closure day' },
      ],
    });
    fc.assert(
      fc.property(anyDate, workingDays, (date, n) => {
        const later = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(later)).toBe(true);
        expect(calendar.workingDaysBetween(date, later)).toBe(n);
      }),
    );
  });
});
