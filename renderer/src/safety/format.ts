import type { Backup } from '../../../shared/backup/schema';
import { CONFERENCE_TYPE_LABELS, type ConferenceSummary } from '../../../shared/conference/schema';
import { formatDateAndTime } from '../../../shared/dates/format';
import { UK_TIME_ZONE } from '../../../shared/dates/uk-time';

// A backup is a moment, shown in UK local time (BST or GMT) whatever the computer's time zone.
const BACKUP_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2026-03-19T14:03:27Z` → `Thu 19 Mar 2026, 14:03:27` (in summer, 15:03:27), for the list. */
export function formatBackupTime(createdAt: string): string {
  const { date, time } = backupMoment(createdAt);
  return `${date}, ${time}`;
}

/** `2026-03-19T14:03:27Z` → `Thu 19 Mar 2026 at 14:03:27`, for a sentence. */
export function describeBackupTime(createdAt: string): string {
  const { date, time } = backupMoment(createdAt);
  return `${date} at ${time}`;
}

function backupMoment(createdAt: string): { readonly date: string; readonly time: string } {
  const parts = Object.fromEntries(BACKUP_TIME.formatToParts(new Date(createdAt)).map((part) => [part.type, part.value]));
  return {
    date: `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}`,
    time: `${parts['hour']}:${parts['minute']}:${parts['second']}`,
  };
}

const KB = 1024;
const MB = 1024 * KB;

/** `48_128` → `47 KB`; `3_460_300` → `3.3 MB` */
export function formatSize(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / KB))} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}

/**
 * Newest first. Backups made in the same second are told apart by their number
 * (`confer-…-140327.sqlite`, then `…-140327-2.sqlite`), which plain name order gets backwards.
 */
export function newestFirst(backups: readonly Backup[]): readonly Backup[] {
  const sequence = (name: string) => Number(/-(\d+)\.sqlite$/.exec(name)?.[1] ?? 1);
  return [...backups].sort((a, b) => (a.createdAt === b.createdAt ? sequence(b.name) - sequence(a.name) : a.createdAt < b.createdAt ? 1 : -1));
}

/** The children's names, then the kind of conference and when: how people know a conference. */
export function describeConference(conference: ConferenceSummary): string {
  const children = conference.children.map((child) => child.displayName).join(', ');
  return `${children} – ${CONFERENCE_TYPE_LABELS[conference.type]}, ${formatDateAndTime(conference.scheduledDate, conference.scheduledTime)}`;
}
