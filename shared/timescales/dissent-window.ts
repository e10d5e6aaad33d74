import { addWallClockHours, compareLocalDateTimes, type LocalDateTime } from '../calendar/local-date-time';
import type { TimescaleRules } from './rules';

/**
 * A professional may raise a formal dissent within 72 hours of the conference starting (a local
 * rule). Hours are calendar hours on the wall clock: weekends and bank holidays count.
 */
export function dissentWindowEnds(conferenceStart: LocalDateTime, rules: TimescaleRules): LocalDateTime {
  return addWallClockHours(conferenceStart, rules.settings.dissentWindowHours);
}

/** Open from the start of the conference up to and including the last minute of the window. */
export function isDissentWindowOpen(conferenceStart: LocalDateTime, now: LocalDateTime, rules: TimescaleRules): boolean {
  return (
    compareLocalDateTimes(now, conferenceStart) >= 0 &&
    compareLocalDateTimes(now, dissentWindowEnds(conferenceStart, rules)) <= 0
  );
}
