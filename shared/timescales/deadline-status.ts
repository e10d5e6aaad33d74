import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { compareIsoDates } from '../dates/local-date';

/** What the home screen shows for each deadline: what is due, what is at risk, what is overdue. */
export type DeadlineStatus = 'done' | 'upcoming' | 'due-soon' | 'overdue';

export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  done: 'Done',
  upcoming: 'Coming up',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
};

export interface DeadlineState {
  readonly status: DeadlineStatus;
  /** Working days from today to the due date; negative once it has passed. */
  readonly workingDaysLeft: number;
  /** Done, but after the due date: still worth flagging (a report shared late, say). */
  readonly doneLate: boolean;
}

/**
 * Done once it has a done date. Otherwise overdue after the due date, due soon from
 * `dueSoonWorkingDays` working days before it up to and including the day itself, else upcoming.
 */
export function deadlineState(
  dueDate: IsoDate,
  doneOn: IsoDate | null,
  today: IsoDate,
  calendar: WorkingDayCalendar,
  dueSoonWorkingDays: number,
): DeadlineState {
  const workingDaysLeft = calendar.workingDaysBetween(today, dueDate);
  if (doneOn !== null) {
    return { status: 'done', workingDaysLeft, doneLate: compareIsoDates(doneOn, dueDate) > 0 };
  }
  if (compareIsoDates(today, dueDate) > 0) return { status: 'overdue', workingDaysLeft, doneLate: false };
  const status = workingDaysLeft <= dueSoonWorkingDays ? 'due-soon' : 'upcoming';
  return { status, workingDaysLeft, doneLate: false };
}
