import type { IsoDate } from '../calendar/iso-date';
import type { ConferenceStage } from './conference-due';
import type { TimescaleRules } from './rules';

/** Reports reach the family N working days before the conference (3 before an initial, 5 before a review). */
export function reportsToFamilyDue(conferenceDate: IsoDate, stage: ConferenceStage, rules: TimescaleRules): IsoDate {
  const { initial, review } = rules.settings.reportsToFamilyWorkingDays;
  return rules.calendar.subtractWorkingDays(conferenceDate, stage === 'initial' ? initial : review);
}

/** The chair's decision letter goes to every invitee, parents included, within 1 working day. */
export function decisionLetterDue(conferenceDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(conferenceDate, rules.settings.decisionLetterWorkingDays);
}

/** The full record (minutes) within 15 working days: a local rule, there is no national figure. */
export function recordDue(conferenceDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(conferenceDate, rules.settings.recordWorkingDays);
}

/** The first core group within 10 working days of the conference that made the plan. */
export function firstCoreGroupDue(conferenceDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(conferenceDate, rules.settings.firstCoreGroupWorkingDays);
}

/** A conference that could not go ahead because it was not quorate is rebooked within 10 working days. */
export function inquorateRebookDue(conferenceDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(conferenceDate, rules.settings.inquorateRebookWorkingDays);
}
