import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../shared/dates/local-date';
import { formatInstant, instantUkDate, ukDateTime } from '../../shared/dates/uk-time';

/** Times are stored in UTC and shown in UK local time: GMT in winter, BST (UTC+1) in summer. */
describe('UK local time, across the clock changes', () => {
  it('shows winter times as they are (GMT)', () => {
    expect(formatInstant('2026-01-15T09:30:00.000Z')).toBe('Thu 15 Jan 2026, 09:30');
  });

  it('shows summer times an hour on (BST)', () => {
    expect(formatInstant('2026-06-01T09:05:00.000Z')).toBe('Mon 1 Jun 2026, 10:05');
  });

  it('changes at 01:00 UTC on the last Sunday of March 2026 (29 March)', () => {
    expect(ukDateTime(new Date('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', time: '00:59' });
    expect(ukDateTime(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '02:00' });
  });

  it('changes back at 01:00 UTC on the last Sunday of October 2026 (25 October)', () => {
    expect(ukDateTime(new Date('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '01:30' });
    expect(ukDateTime(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '01:30' });
  });

  it('a late evening in summer is already the next day in the UK: "today" and dates follow the UK', () => {
    const lateJune = new Date('2026-06-30T23:30:00Z');
    expect(localIsoDate(lateJune)).toBe('2026-07-01');
    expect(instantUkDate('2026-06-30T23:30:00.000Z')).toBe('2026-07-01');
    expect(instantUkDate('2026-12-31T23:30:00.000Z')).toBe('2026-12-31');
  });

  it('never says UTC', () => {
    expect(formatInstant('2026-07-10T12:00:00.000Z')).not.toMatch(/UTC|GMT|Z$/);
  });
});
