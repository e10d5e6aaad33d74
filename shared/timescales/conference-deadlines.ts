import type { IsoDate } from '../calendar/iso-date';
import type { ConferenceType } from '../conference/schema';
import { reportsToFamilyDue } from './after-conference';
import { afterMeetingDeadlines, dissentWindowClosed } from './after-meeting';
import { conferenceDueDate, stageOf, type ConferenceDueBasis } from './conference-due';
import { deadlineState, type DeadlineState } from './deadline-status';
import type { TimescaleRules } from './rules';

export type DeadlineKind =
  | 'conference'
  | 'reports-to-family'
  | 'decision-letter'
  | 'record'
  | 'first-core-group'
  | 'next-review'
  | 'dissent-window';

export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  conference: 'Conference held',
  'reports-to-family': 'Reports shared with the family',
  'decision-letter': 'Decision letter sent',
  record: 'Record and plan sent out',
  'first-core-group': 'First core group booked',
  'next-review': 'Review conference held',
  'dissent-window': 'Formal dissent window closes',
};

/** The dates a conference has so far; what has not happened yet is null or left out. */
export interface ConferenceDates {
  /** Null without a date to count the conference's own timescale from (no trigger date yet). */
  readonly basis: ConferenceDueBasis | null;
  /** Needed when there is no basis: what follows the meeting depends on the type. */
  readonly type?: ConferenceType;
  readonly scheduledDate?: IsoDate | null;
  readonly heldOn?: IsoDate | null;
  /** The time it started, for the dissent window (the scheduled time when not recorded). */
  readonly heldAt?: string | null;
  /** The conference made or continued a child protection plan, so a core group and a review follow. */
  readonly planInPlace?: boolean;
  /** For the review after a pre-birth conference: the baby's date of birth, once born. */
  readonly birthDate?: IsoDate | null;
  readonly reportsSharedOn?: IsoDate | null;
  readonly decisionLetterSentOn?: IsoDate | null;
  readonly recordSentOn?: IsoDate | null;
  readonly planSentOn?: IsoDate | null;
  readonly firstCoreGroupHeldOn?: IsoDate | null;
  readonly nextReviewHeldOn?: IsoDate | null;
}

export interface Deadline extends DeadlineState {
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly dueDate: IsoDate;
  /** The dissent window ends at a time of day; every other deadline is a whole day. */
  readonly dueTime: string | null;
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
  const add = (kind: DeadlineKind, dueDate: IsoDate, doneOn: IsoDate | null | undefined, dueTime: string | null = null) => {
    const done = doneOn ?? null;
    deadlines.push({
      kind,
      label: DEADLINE_LABELS[kind],
      dueDate,
      dueTime,
      doneOn: done,
      ...deadlineState(dueDate, done, today, rules.calendar, dueSoon),
    });
  };

  const heldOn = conference.heldOn ?? null;
  const conferenceDate = heldOn ?? conference.scheduledDate ?? null;
  const basis = conference.basis;
  if (basis !== null) {
    add('conference', conferenceDueDate(basis, rules), heldOn);
    if (conferenceDate !== null) {
      add('reports-to-family', reportsToFamilyDue(conferenceDate, stageOf(basis), rules), conference.reportsSharedOn);
    }
  }
  const type = conference.type ?? (basis ? typeOfBasis(basis) : null);
  if (heldOn === null || type === null) return deadlines;

  const after = afterMeetingDeadlines(
    {
      held: { date: heldOn, time: conference.heldAt ?? '00:00' },
      type,
      planInPlace: conference.planInPlace === true,
      birthDate: conference.birthDate ?? null,
      decisionLetterSentOn: conference.decisionLetterSentOn ?? null,
      recordSentOn: conference.recordSentOn ?? null,
      planSentOn: conference.planSentOn ?? null,
      firstCoreGroupHeldOn: conference.firstCoreGroupHeldOn ?? null,
      nextReviewHeldOn: conference.nextReviewHeldOn ?? null,
    },
    rules,
  );
  for (const deadline of after) {
    if (deadline.kind !== 'dissent-window') {
      add(deadline.kind, deadline.due, deadline.doneOn);
      continue;
    }
    // A window, not a task: open (due soon or coming up) until its last day, then closed, never overdue.
    const closed = dissentWindowClosed(deadline.due, today);
    add('dissent-window', deadline.due, closed ? deadline.due : null, deadline.dueTime);
  }
  return deadlines;
}

/** The type of conference a basis counts for. */
export function typeOfBasis(basis: ConferenceDueBasis): ConferenceType {
  switch (basis.kind) {
    case 'initial':
    case 'pre-birth-initial':
    case 'transfer-in':
      return basis.kind;
    case 'first-review':
    case 'later-review':
    case 'pre-birth-first-review':
      return 'review';
    default:
      return assertNever(basis);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected conference basis: ${JSON.stringify(value)}`);
}
