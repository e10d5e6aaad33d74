import { describe, expect, it } from 'vitest';
import { addWallClockHours, compareLocalDateTimes } from '../../shared/calendar/local-date-time';

describe('wall-clock hours', () => {
  it('carry past midnight and across months', () => {
    expect(addWallClockHours({ date: '2026-03-31', time: '23:30' }, 1)).toEqual({ date: '2026-04-01', time: '00:30' });
    expect(addWallClockHours({ date: '2026-03-19', time: '10:00' }, 0)).toEqual({ date: '2026-03-19', time: '10:00' });
  });

  it('refuse a time that is not HH:MM and negative hours', () => {
    expect(() => addWallClockHours({ date: '2026-03-19', time: '9am' }, 1)).toThrow(RangeError);
    expect(() => addWallClockHours({ date: '2026-03-19', time: '10:00' }, -1)).toThrow(RangeError);
  });

  it('compare by date, then time', () => {
    expect(compareLocalDateTimes({ date: '2026-03-19', time: '23:59' }, { date: '2026-03-20', time: '00:00' })).toBe(-1);
    expect(compareLocalDateTimes({ date: '2026-03-19', time: '10:00' }, { date: '2026-03-19', time: '10:00' })).toBe(0);
  });
});
