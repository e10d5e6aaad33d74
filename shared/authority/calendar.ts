import { createCalendar, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { AuthoritySettings } from './settings';

/** The authority's working-day calendar: England and Wales bank holidays with its own changes. */
export function calendarForAuthority(
  settings: Pick<AuthoritySettings, 'extraBankHolidays' | 'removedBankHolidays'>,
): WorkingDayCalendar {
  return createCalendar({ extraHolidays: settings.extraBankHolidays, removedHolidays: settings.removedBankHolidays });
}
