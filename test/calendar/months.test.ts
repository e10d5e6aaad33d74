import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../shared/calendar/months';

describe('"within N months": the same day of the month, N months later', () => {
  it('3 months after Thu 19 Mar 2026 is Fri 19 Jun 2026', () => {
    expect(addCalendarMonths('2026-03-19', 3)).toBe('2026-06-19');
  });

  it('6 months after Thu 4 Jun 2026 is Fri 4 Dec 2026', () => {
    expect(addCalendarMonths('2026-06-04', 6)).toBe('2026-12-04');
  });

  it('a day the later month lacks becomes that month’s last day', () => {
    expect(addCalendarMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('carries into the next year', () => {
    expect(addCalendarMonths('2026-10-15', 6)).toBe('2027-04-15');
    expect(addCalendarMonths('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('refuses a negative number of months', () => {
    expect(() => addCalendarMonths('2026-03-19', -1)).toThrow(RangeError);
  });
});
