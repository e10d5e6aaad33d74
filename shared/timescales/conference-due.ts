import { addCalendarMonths } from '../calendar/months';
import type { IsoDate } from '../calendar/iso-date';
import { compareIsoDates } from '../dates/local-date';
import type { TimescaleRules } from './rules';

/**
 * When a conference is due, by what it is counted from (brief §1.2). Working-day rules count
 * forward from the day after the event; month rules use `addCalendarMonths` (same day of the
 * month, clamped to the month's end). Each result is the last day the conference may be held.
 */
export type ConferenceDueBasis =
  | { readonly kind: 'initial'; readonly strategyDiscussionDate: IsoDate }
  | { readonly kind: 'pre-birth-initial'; readonly triggerDate: IsoDate }
  | { readonly kind: 'transfer-in'; readonly noticeDate: IsoDate }
  | { readonly kind: 'first-review'; readonly initialConferenceDate: IsoDate }
  | { readonly kind: 'later-review'; readonly previousConferenceDate: IsoDate }
  | {
      readonly kind: 'pre-birth-first-review';
      readonly initialConferenceDate: IsoDate;
      /** Null while the baby is unborn. */
      readonly birthDate: IsoDate | null;
    };

export type ConferenceStage = 'initial' | 'review';

export function stageOf(basis: ConferenceDueBasis): ConferenceStage {
  switch (basis.kind) {
    case 'initial':
    case 'pre-birth-initial':
    case 'transfer-in':
      return 'initial';
    case 'first-review':
    case 'later-review':
    case 'pre-birth-first-review':
      return 'review';
    default:
      return assertNever(basis);
  }
}

export function conferenceDueDate(basis: ConferenceDueBasis, rules: TimescaleRules): IsoDate {
  switch (basis.kind) {
    case 'initial':
      return initialConferenceDue(basis.strategyDiscussionDate, rules);
    case 'pre-birth-initial':
      return preBirthInitialConferenceDue(basis.triggerDate, rules);
    case 'transfer-in':
      return transferInConferenceDue(basis.noticeDate, rules);
    case 'first-review':
      return firstReviewDue(basis.initialConferenceDate, rules);
    case 'later-review':
      return laterReviewDue(basis.previousConferenceDate, rules);
    case 'pre-birth-first-review':
      return preBirthFirstReviewDue(basis.initialConferenceDate, basis.birthDate, rules).dueDate;
    default:
      return assertNever(basis);
  }
}

/** Within 15 working days of the strategy discussion at which the s47 enquiry began. */
export function initialConferenceDue(strategyDiscussionDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(strategyDiscussionDate, rules.settings.initialConferenceWorkingDays);
}

/** A pre-birth initial conference has the same status, so the same rule, from its own trigger. */
export function preBirthInitialConferenceDue(triggerDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(triggerDate, rules.settings.initialConferenceWorkingDays);
}

/** Within 15 working days of the originating authority's written notice. */
export function transferInConferenceDue(noticeDate: IsoDate, rules: TimescaleRules): IsoDate {
  return rules.calendar.addWorkingDays(noticeDate, rules.settings.transferInWorkingDays);
}

/** Within 3 months of the initial conference. */
export function firstReviewDue(initialConferenceDate: IsoDate, rules: TimescaleRules): IsoDate {
  return addCalendarMonths(initialConferenceDate, rules.settings.firstReviewMonths);
}

/** Within 6 months of the previous conference, however early that one was brought forward. */
export function laterReviewDue(previousConferenceDate: IsoDate, rules: TimescaleRules): IsoDate {
  return addCalendarMonths(previousConferenceDate, rules.settings.laterReviewMonths);
}

export interface PreBirthReviewDue {
  readonly dueDate: IsoDate;
  readonly countedFrom: 'birth' | 'conference';
  /** True while the baby is unborn: the birth may still move the date. */
  readonly provisional: boolean;
}

/** The local pre-birth rule, for example "within 10 working days of birth or 3 months, whichever sooner". */
export function preBirthFirstReviewDue(
  initialConferenceDate: IsoDate,
  birthDate: IsoDate | null,
  rules: TimescaleRules,
): PreBirthReviewDue {
  const rule = rules.settings.preBirthFirstReview;
  const fromConference = addCalendarMonths(initialConferenceDate, rule.monthsAfterConference);
  if (birthDate === null) return { dueDate: fromConference, countedFrom: 'conference', provisional: true };
  const fromBirth = rules.calendar.addWorkingDays(birthDate, rule.workingDaysAfterBirth);
  const birthIsEarlier = compareIsoDates(fromBirth, fromConference) < 0;
  const useBirth = rule.whichever === 'sooner' ? birthIsEarlier : !birthIsEarlier;
  return useBirth
    ? { dueDate: fromBirth, countedFrom: 'birth', provisional: false }
    : { dueDate: fromConference, countedFrom: 'conference', provisional: false };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected conference basis: ${JSON.stringify(value)}`);
}
