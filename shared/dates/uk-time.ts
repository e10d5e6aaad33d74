import type { LocalDateTime } from '../calendar/local-date-time';
import { formatDateAndTime } from './format';

/**
 * Confer is used in England: every time shown to a person, and "today", is UK local time
 * (Europe/London: GMT in winter, BST in summer), whatever the computer's own time zone. Instants
 * are stored as UTC ISO strings (audit, sign-off, documents made); these turn them into what a
 * person reads.
 */
export const UK_TIME_ZONE = 'Europe/London';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The UK wall-clock date and time of an instant. */
export function ukDateTime(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** Today's date in the UK. */
export function ukIsoDate(instant: Date): string {
  return ukDateTime(instant).date;
}

/** A stored instant (`2026-06-01T09:05:00.000Z`) as a person reads it: `Mon 1 Jun 2026, 10:05`. */
export function formatInstant(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { date, time } = ukDateTime(instant);
  return formatDateAndTime(date, time);
}

/** A stored instant's UK calendar date (`2026-06-30T23:30:00.000Z` → `2026-07-01`). */
export function instantUkDate(iso: string): string {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? iso.slice(0, 10) : ukIsoDate(instant);
}
