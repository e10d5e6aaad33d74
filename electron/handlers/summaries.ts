import { conferenceStatus, type ConferenceSummary } from '../../shared/conference/schema';
import { compareIsoDates } from '../../shared/dates/local-date';
import { reportsToFamilyDue } from '../../shared/timescales/after-conference';
import { DEADLINE_LABELS, type DeadlineKind } from '../../shared/timescales/conference-deadlines';
import { afterMeetingDoneOn, afterMeetingDueDates, dissentWindowClosed } from '../../shared/timescales/after-meeting';
import { conferenceDueDate, stageOf, type ConferenceDueBasis } from '../../shared/timescales/conference-due';
import type { DeadlineStatus } from '../../shared/timescales/deadline-status';
import { timescaleRulesFor, type TimescaleRules } from '../../shared/timescales/rules';
import type { WorkingDayCalendar } from '../../shared/calendar/working-day-calendar';
import type { IsoDate } from '../../shared/calendar/iso-date';
import type { Db } from '../../db/open';
import { readAuthoritySettings } from '../../db/authority/queries';
import { childDisplayName } from '../../db/family/queries';
import { listCaseloadChildren, type CaseloadChildRow, type CaseloadRow, type NextDeadlineKey } from '../../db/search/caseload';
import { heldAt, mostPressingDeadline } from './assemble';
import type { HandlerContext } from './context';

type Attention = ConferenceSummary['attention'];

/** One of a conference's deadlines, with the date it was done (if it was). */
export interface CaseloadDeadline {
  readonly key: DeadlineKind;
  readonly label: string;
  readonly due: string;
  readonly doneOn: string | null;
  readonly doneLate: boolean;
}

/** The authority's rules, read once, on a calendar that counts on day numbers (see memoisedCalendar). */
export function caseloadRules(db: Db): TimescaleRules {
  const authorityRules = timescaleRulesFor(readAuthoritySettings(db));
  return { settings: authorityRules.settings, calendar: memoisedCalendar(authorityRules.calendar) };
}

/**
 * The first day after the "due soon" warning period that starts today: an open deadline due
 * before it (and not before today) is due soon. workingDaysBetween(today, due) <= N exactly when
 * due falls before the (N + 1)th working day after today.
 */
export function dueSoonBefore(rules: TimescaleRules, today: string): string {
  return rules.calendar.addWorkingDays(today, rules.settings.dueSoonWorkingDays + 1);
}

/**
 * A conference's deadlines (see conferenceDeadlines), for a whole caseload at once: conferences
 * with the same dates share each due date. Before the meeting: the conference itself and the
 * reports (only with a trigger date to count from); once held, what follows it. Null when there
 * is nothing to count.
 */
export function caseloadDeadlines(rules: TimescaleRules): (row: CaseloadRow) => readonly CaseloadDeadline[] | null {
  // Many conferences share a trigger date or a conference date: each due date is worked out once.
  const conferenceDue = new Map<string, string>();
  const reportsDue = new Map<string, string>();
  const afterDue = new Map<string, ReturnType<typeof afterMeetingDueDates>>();
  return (row) => {
    const basis = dueBasis(row);
    const held = heldAt(row);
    const deadlines: CaseloadDeadline[] = [];
    if (basis) {
      const stage = stageOf(basis);
      const conferenceKey = `${basis.kind}|${row.trigger_date ?? ''}`;
      let conferenceDate = conferenceDue.get(conferenceKey);
      if (conferenceDate === undefined) {
        conferenceDate = conferenceDueDate(basis, rules);
        conferenceDue.set(conferenceKey, conferenceDate);
      }
      const meetingDate = held?.date ?? row.scheduled_date;
      const reportsKey = `${stage}|${meetingDate}`;
      let reportsDate = reportsDue.get(reportsKey);
      if (reportsDate === undefined) {
        reportsDate = reportsToFamilyDue(meetingDate, stage, rules);
        reportsDue.set(reportsKey, reportsDate);
      }
      const heldOn = held?.date ?? null;
      deadlines.push(
        { key: 'conference', label: DEADLINE_LABELS.conference, due: conferenceDate, doneOn: heldOn, doneLate: heldOn !== null && compareIsoDates(heldOn, conferenceDate) > 0 },
        { key: 'reports-to-family', label: DEADLINE_LABELS['reports-to-family'], due: reportsDate, doneOn: row.reports_shared_on, doneLate: false },
      );
    }
    if (held) {
      const facts = {
        held,
        type: row.type,
        planInPlace: row.plan_in_place === 1,
        decisionLetterSentOn: row.decision_letter_sent_on,
        recordSentOn: row.record_sent_on,
        planSentOn: row.plan_sent_on,
        firstCoreGroupHeldOn: row.first_core_group_date,
        nextReviewHeldOn: row.next_review_held_on,
      };
      const afterKey = `${row.type}|${held.date}|${held.time}|${row.plan_in_place}`;
      let dues = afterDue.get(afterKey);
      if (dues === undefined) {
        dues = afterMeetingDueDates(facts, rules);
        afterDue.set(afterKey, dues);
      }
      for (const due of dues) {
        const doneOn = afterMeetingDoneOn(due.kind, facts);
        deadlines.push({ key: due.kind, label: DEADLINE_LABELS[due.kind], due: due.due, doneOn, doneLate: doneOn !== null && compareIsoDates(doneOn, due.due) > 0 });
      }
    }
    return deadlines.length > 0 ? deadlines : null;
  };
}

/**
 * The open deadline due first (the first listed when two fall on the same day), or null, leaving
 * out the dissent window (a window closes, it is never overdue: stored apart, see migration 0018).
 * This is the one `mostPressingDeadline` picks whenever it is not the window: overdue, due soon and
 * coming up follow the due date in that order, so the earliest open due date has the most pressing
 * status. It is what conference_deadline stores (migration 0011) for the deadline filters.
 */
export function nextOpenDeadline(deadlines: readonly CaseloadDeadline[] | null): (CaseloadDeadline & { key: NextDeadlineKey }) | null {
  let next: (CaseloadDeadline & { key: NextDeadlineKey }) | null = null;
  for (const deadline of deadlines ?? []) {
    if (deadline.key === 'dissent-window') continue;
    if (deadline.doneOn === null && (next === null || compareIsoDates(deadline.due, next.due) < 0)) next = { ...deadline, key: deadline.key };
  }
  return next;
}

/** The last day of the dissent window, once the conference is held. */
export function dissentWindowEndsOn(deadlines: readonly CaseloadDeadline[] | null): string | null {
  return deadlines?.find((deadline) => deadline.key === 'dissent-window')?.due ?? null;
}

/**
 * Works out each conference's most pressing deadline for a whole caseload at once, giving what
 * `conferenceDeadlines` and `mostPressingDeadline` give for one conference. The authority's rules
 * are read once; "due soon" is one date worked out once (the day the warning period ends), not a
 * count of working days from today to every deadline, which for 8,000 conferences, many long past,
 * walked millions of days; conferences with the same dates share each due date.
 */
export function attentionCalculator(context: HandlerContext, today: string): (row: CaseloadRow) => Attention {
  const rules = caseloadRules(context.db);
  const soon = dueSoonBefore(rules, today);
  const statusOf = (due: string, doneOn: string | null): DeadlineStatus =>
    doneOn !== null ? 'done' : compareIsoDates(today, due) > 0 ? 'overdue' : compareIsoDates(due, soon) < 0 ? 'due-soon' : 'upcoming';
  // The dissent window closes after its last day: done, never overdue.
  const windowStatus = (due: string): DeadlineStatus => (dissentWindowClosed(due, today) ? 'done' : statusOf(due, null));
  const deadlinesOf = caseloadDeadlines(rules);
  return (row) => {
    const deadlines = deadlinesOf(row);
    if (!deadlines) return null;
    return mostPressingDeadline(
      deadlines.map((d) => ({ key: d.key, label: d.label, due: d.due, dueTime: null, status: d.key === 'dissent-window' ? windowStatus(d.due) : statusOf(d.due, d.doneOn), doneLate: d.doneLate })),
    );
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The authority's calendar, asked once per distinct day, with counting done on day numbers. The
 * calendar decides every working day; this only avoids asking it again for the same day, which
 * across a caseload (thousands of conferences within a few years) is most of the work.
 */
function memoisedCalendar(calendar: WorkingDayCalendar): WorkingDayCalendar {
  const working = new Map<number, boolean>();
  const toDay = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const isWorking = (day: number) => {
    let answer = working.get(day);
    if (answer === undefined) {
      answer = calendar.isWorkingDay(toIso(day));
      working.set(day, answer);
    }
    return answer;
  };
  const step = (date: IsoDate, workingDays: number, direction: 1 | -1) => {
    if (!Number.isSafeInteger(workingDays) || workingDays < 0 || workingDays > 10_000) return direction === 1 ? calendar.addWorkingDays(date, workingDays) : calendar.subtractWorkingDays(date, workingDays);
    let day = toDay(date);
    for (let counted = 0; counted < workingDays; ) {
      day += direction;
      if (isWorking(day)) counted += 1;
    }
    return toIso(day);
  };
  return {
    isWorkingDay: (date) => isWorking(toDay(date)),
    bankHolidayOn: (date) => calendar.bankHolidayOn(date),
    bankHolidays: (year) => calendar.bankHolidays(year),
    addWorkingDays: (date, workingDays) => step(date, workingDays, 1),
    subtractWorkingDays: (date, workingDays) => step(date, workingDays, -1),
    workingDaysBetween: (from, to) => calendar.workingDaysBetween(from, to),
  };
}

/** As assemble.ts counts it: a review after a review is a later review, otherwise a first review. */
export function dueBasis(row: Pick<CaseloadRow, 'trigger_date' | 'type' | 'previous_type'>): ConferenceDueBasis | null {
  const trigger = row.trigger_date;
  if (trigger === null) return null;
  switch (row.type) {
    case 'initial':
      return { kind: 'initial', strategyDiscussionDate: trigger };
    case 'pre-birth-initial':
      return { kind: 'pre-birth-initial', triggerDate: trigger };
    case 'transfer-in':
      return { kind: 'transfer-in', noticeDate: trigger };
    case 'review':
      return row.previous_type === 'review'
        ? { kind: 'later-review', previousConferenceDate: trigger }
        : { kind: 'first-review', initialConferenceDate: trigger };
    default: {
      const unexpected: never = row.type;
      throw new Error(`Unknown conference type ${String(unexpected)}`);
    }
  }
}

/** Summaries for the given rows: their children come in one query for all their families. */
export function summarise(
  context: HandlerContext,
  rows: readonly CaseloadRow[],
  attention: (row: CaseloadRow) => Attention,
  children: readonly CaseloadChildRow[] = listCaseloadChildren(context.db, rows.map((row) => row.family_id)),
): ConferenceSummary[] {
  const byFamily = new Map<string, ConferenceSummary['children']>();
  for (const child of children) {
    const list = byFamily.get(child.family_id) ?? [];
    if (list.length === 0) byFamily.set(child.family_id, list);
    list.push({
      id: child.id,
      displayName: childDisplayName({ givenName: child.given_name, familyName: child.family_name, dateOfBirth: child.date_of_birth }),
      isUnborn: child.date_of_birth === null,
    });
  }
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    status: conferenceStatus(row.status, row.held_date),
    held: row.held_date !== null && row.held_time !== null ? { date: row.held_date, time: row.held_time } : null,
    scheduledDate: row.scheduled_date,
    scheduledTime: row.scheduled_time,
    children: byFamily.get(row.family_id) ?? [],
    attention: attention(row),
  }));
}
