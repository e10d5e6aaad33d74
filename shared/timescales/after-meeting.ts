import type { IsoDate } from '../calendar/iso-date';
import type { LocalDateTime } from '../calendar/local-date-time';
import type { ConferenceType } from '../conference/schema';
import { decisionLetterDue, firstCoreGroupDue, recordDue } from './after-conference';
import { conferenceDueDate, type ConferenceDueBasis } from './conference-due';
import { dissentWindowEnds } from './dissent-window';
import type { TimescaleRules } from './rules';

/** What follows a conference once it has been held (brief §1.2). */
export type AfterMeetingKind = 'decision-letter' | 'record' | 'first-core-group' | 'next-review' | 'dissent-window';

/** What has happened since the meeting, as far as the record says. */
export interface AfterMeetingFacts {
  /** When the conference actually took place, in UK local time. */
  readonly held: LocalDateTime;
  readonly type: ConferenceType;
  /** Some child has a child protection plan after it, so a core group and a review follow. */
  readonly planInPlace: boolean;
  /** For the review after a pre-birth conference: the baby's date of birth, once born. */
  readonly birthDate?: IsoDate | null;
  readonly decisionLetterSentOn?: IsoDate | null;
  /** The full record and, when there is a plan, the plan: sent once both have gone out. */
  readonly recordSentOn?: IsoDate | null;
  readonly planSentOn?: IsoDate | null;
  /** The date the first core group is booked for: the app records no more than that. */
  readonly firstCoreGroupHeldOn?: IsoDate | null;
  readonly nextReviewHeldOn?: IsoDate | null;
}

export interface DueAfterMeeting {
  readonly kind: AfterMeetingKind;
  readonly due: IsoDate;
  /** Only the dissent window ends at a time of day (72 wall-clock hours after the start). */
  readonly dueTime: string | null;
  readonly doneOn: IsoDate | null;
}

/**
 * The deadlines after the meeting, counted from the day it was held: the decision letter
 * (1 working day), the record and the plan sent out (15 working days, a local rule), the first
 * core group after an initial conference that made a plan (10 working days), the next review
 * (3 months after an initial conference, 6 after a review) and the window for a formal dissent
 * (72 hours on the wall clock). The dissent window is never "done": it closes (see
 * dissentWindowClosed).
 */
export function afterMeetingDeadlines(facts: AfterMeetingFacts, rules: TimescaleRules): DueAfterMeeting[] {
  return afterMeetingDueDates(facts, rules).map((deadline) => ({ ...deadline, doneOn: afterMeetingDoneOn(deadline.kind, facts) }));
}

/** The due dates alone: many conferences held on the same day share them (see summaries.ts). */
export function afterMeetingDueDates(
  facts: Pick<AfterMeetingFacts, 'held' | 'type' | 'planInPlace' | 'birthDate'>,
  rules: TimescaleRules,
): Omit<DueAfterMeeting, 'doneOn'>[] {
  const heldOn = facts.held.date;
  const dates: Omit<DueAfterMeeting, 'doneOn'>[] = [
    { kind: 'decision-letter', due: decisionLetterDue(heldOn, rules), dueTime: null },
    { kind: 'record', due: recordDue(heldOn, rules), dueTime: null },
  ];
  if (facts.planInPlace) {
    if (facts.type !== 'review') dates.push({ kind: 'first-core-group', due: firstCoreGroupDue(heldOn, rules), dueTime: null });
    dates.push({ kind: 'next-review', due: conferenceDueDate(reviewBasisAfter(facts.type, heldOn, facts.birthDate ?? null), rules), dueTime: null });
  }
  const window = dissentWindowEnds(facts.held, rules);
  dates.push({ kind: 'dissent-window', due: window.date, dueTime: window.time });
  return dates;
}

/** The day each was done, as far as the record says; the dissent window is never done. */
export function afterMeetingDoneOn(kind: AfterMeetingKind, facts: AfterMeetingFacts): IsoDate | null {
  switch (kind) {
    case 'decision-letter':
      return facts.decisionLetterSentOn ?? null;
    case 'record':
      return recordAndPlanSentOn(facts);
    case 'first-core-group':
      return facts.firstCoreGroupHeldOn ?? null;
    case 'next-review':
      return facts.nextReviewHeldOn ?? null;
    case 'dissent-window':
      return null;
    default: {
      const unexpected: never = kind;
      throw new Error(`Unknown deadline ${String(unexpected)}`);
    }
  }
}

/** The record counts as sent once it has gone out, and the plan too when there is one. */
function recordAndPlanSentOn(facts: AfterMeetingFacts): IsoDate | null {
  const record = facts.recordSentOn ?? null;
  if (record === null || !facts.planInPlace) return record;
  const plan = facts.planSentOn ?? null;
  if (plan === null) return null;
  return record > plan ? record : plan;
}

/**
 * What the next review is counted from: three months after an initial or transfer-in
 * conference (the local pre-birth rule after a pre-birth one), six months after a review.
 */
export function reviewBasisAfter(type: ConferenceType, heldOn: IsoDate, birthDate: IsoDate | null): ConferenceDueBasis {
  switch (type) {
    case 'initial':
    case 'transfer-in':
      return { kind: 'first-review', initialConferenceDate: heldOn };
    case 'pre-birth-initial':
      return { kind: 'pre-birth-first-review', initialConferenceDate: heldOn, birthDate };
    case 'review':
      return { kind: 'later-review', previousConferenceDate: heldOn };
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown conference type ${String(unexpected)}`);
    }
  }
}

/** The dissent window has closed once its last day has passed (it is shown, never overdue). */
export function dissentWindowClosed(endsOn: IsoDate, today: IsoDate): boolean {
  return today > endsOn;
}
