import type { IsoDate } from '../calendar/iso-date';
import { decisionLetterDue, firstCoreGroupDue, recordDue, reportsToFamilyDue } from './after-conference';
import { conferenceDueDate, stageOf, type ConferenceDueBasis } from './conference-due';
import { deadlineState, type DeadlineState } from './deadline-status';
import type { TimescaleRules } from './rules';

export type DeadlineKind =
  | 'conference'
  | 'reports-to-family'
  | 'decision-letter'
  | 'record'
  | 'first-core-group'
  | 'next-review';

export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  conference: 'Conference held',
  'reports-to-family': 'Reports shared with the family',
  'decision-letter': 'Decision letter sent',
  record: 'Record sent',
  'first-core-group': 'First core group held',
  'next-review': 'Review conference held',
};

/** The dates a conference has so far; what has not happened yet is null or left out. */
export interface ConferenceDates {
  readonly basis: ConferenceDueBasis;
  readonly scheduledDate?: IsoDate | null;
  readonly heldOn?: IsoDate | null;
  /** The conference made or continued a child protection plan, so a core group and a review follow. */
  readonly planInPlace?: boolean;
  /** For the review after a pre-birth conference: the baby's date of birth, once born. */
  readonly birthDate?: IsoDate | null;
  readonly reportsSharedOn?: IsoDate | null;
  readonly decisionLetterSentOn?: IsoDate | null;
  readonly recordSentOn?: IsoDate | null;
  readonly firstCoreGroupHeldOn?: IsoDate | null;
  readonly nextReviewHeldOn?: IsoDate | null;
}

export interface Deadline extends DeadlineState {
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly dueDate: IsoDate;
  readonly doneOn: IsoDate | null;
}

export interface DeadlineOptions {
  /** Defaults to the authority's setting (5 working days unless changed). */
  readonly dueSoonWorkingDays?: number;
}

/**
 * Every deadline that follows from what has happened so far, with its status today. Deadlines
 * that depend on a date not yet known (the record before the conference is held) are left out.
 */
export function conferenceDeadlines(
  conference: ConferenceDates,
  today: IsoDate,
  rules: TimescaleRules,
  options: DeadlineOptions = {},
): readonly Deadline[] {
  const dueSoon = options.dueSoonWorkingDays ?? rules.settings.dueSoonWorkingDays;
  const deadlines: Deadline[] = [];
  const add = (kind: DeadlineKind, dueDate: IsoDate, doneOn: IsoDate | null | undefined) => {
    const done = doneOn ?? null;
    deadlines.push({
      kind,
      label: DEADLINE_LABELS[kind],
      dueDate,
      doneOn: done,
      ...deadlineState(dueDate, done, today, rules.calendar, dueSoon),
    });
  };

  const heldOn = conference.heldOn ?? null;
  const conferenceDate = heldOn ?? conference.scheduledDate ?? null;
  add('conference', conferenceDueDate(conference.basis, rules), heldOn);
  if (conferenceDate !== null) {
    add('reports-to-family', reportsToFamilyDue(conferenceDate, stageOf(conference.basis), rules), conference.reportsSharedOn);
  }
  if (heldOn === null) return deadlines;

  add('decision-letter', decisionLetterDue(heldOn, rules), conference.decisionLetterSentOn);
  add('record', recordDue(heldOn, rules), conference.recordSentOn);
  if (conference.planInPlace === true) {
    if (stageOf(conference.basis) === 'initial') {
      add('first-core-group', firstCoreGroupDue(heldOn, rules), conference.firstCoreGroupHeldOn);
    }
    add('next-review', conferenceDueDate(nextReviewBasis(conference.basis, heldOn, conference.birthDate ?? null), rules), conference.nextReviewHeldOn);
  }
  return deadlines;
}

/** What the next review is counted from, once this conference has been held. */
export function nextReviewBasis(basis: ConferenceDueBasis, heldOn: IsoDate, birthDate: IsoDate | null): ConferenceDueBasis {
  switch (basis.kind) {
    case 'initial':
    case 'transfer-in':
      return { kind: 'first-review', initialConferenceDate: heldOn };
    case 'pre-birth-initial':
      return { kind: 'pre-birth-first-review', initialConferenceDate: heldOn, birthDate };
    case 'first-review':
    case 'later-review':
    case 'pre-birth-first-review':
      return { kind: 'later-review', previousConferenceDate: heldOn };
    default:
      return assertNever(basis);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected conference basis: ${JSON.stringify(value)}`);
}
