import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { calendarForAuthority } from '../authority/calendar';
import type { AuthoritySettings } from '../authority/settings';

/** The settings the timescale rules read; tests and callers can pass just these. */
export type TimescaleSettings = Pick<
  AuthoritySettings,
  | 'initialConferenceWorkingDays'
  | 'transferInWorkingDays'
  | 'firstReviewMonths'
  | 'laterReviewMonths'
  | 'firstCoreGroupWorkingDays'
  | 'reportsToFamilyWorkingDays'
  | 'decisionLetterWorkingDays'
  | 'recordWorkingDays'
  | 'dissentWindowHours'
  | 'inquorateRebookWorkingDays'
  | 'dueSoonWorkingDays'
  | 'preBirthFirstReview'
>;

/** The authority's timescales and the calendar they are counted on. */
export interface TimescaleRules {
  readonly settings: TimescaleSettings;
  readonly calendar: WorkingDayCalendar;
}

export function timescaleRulesFor(settings: AuthoritySettings): TimescaleRules {
  return { settings, calendar: calendarForAuthority(settings) };
}
