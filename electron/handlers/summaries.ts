import type { ConferenceSummary } from '../../shared/conference/schema';
import { compareIsoDates } from '../../shared/dates/local-date';
import { reportsToFamilyDue } from '../../shared/timescales/after-conference';
import { DEADLINE_LABELS } from '../../shared/timescales/conference-deadlines';
import { conferenceDueDate, stageOf, type ConferenceDueBasis } from '../../shared/timescales/conference-due';
import type { DeadlineStatus } from '../../shared/timescales/deadline-status';
import { timescaleRulesFor, type TimescaleRules } from '../../shared/timescales/rules';
import type { WorkingDayCalendar } from '../../shared/calendar/working-day-calendar';
import type { IsoDate } from '../../shared/calendar/iso-date';
import { readAuthoritySettings } from '../../db/authority/queries';
import { childDisplayName } from '../../db/family/queries';
import { listCaseloadChildren, type CaseloadChildRow, type CaseloadRow } from '../../db/search/caseload';
import { heldOn, mostPressingDeadline } from './assemble';
import type { HandlerContext } from './context';

type Attention = ConferenceSummary['attention'];

/**
 * Works out each conference's most pressing deadline for a whole caseload at once, giving what
 * `conferenceDeadlines` and `mostPressingDeadline` give for one conference. The authority's rules
 * are read once; "due soon" is one date worked out once (the day the warning period ends), not a
 * count of working days from today to every deadline, which for 8,000 conferences, many long past,
 * walked millions of days; conferences with the same dates share each due date.
 */
export function attentionCalculator(context: HandlerContext, today: string): (row: CaseloadRow) => Attention {
  const authorityRules = timescaleRulesFor(readAuthoritySettings(context.db));
  const rules: TimescaleRules = { settings: authorityRules.settings, calendar: memoisedCalendar(authorityRules.calendar) };
  // workingDaysBetween(today, due) <= N exactly when due falls before the (N + 1)th working day after today.
  const dueSoonBefore = rules.calendar.addWorkingDays(today, rules.settings.dueSoonWorkingDays + 1);
  const statusOf = (due: string, doneOn: string | null): DeadlineStatus =>
    doneOn !== null ? 'done' : compareIsoDates(today, due) > 0 ? 'overdue' : compareIsoDates(due, dueSoonBefore) < 0 ? 'due-soon' : 'upcoming';
  // Many conferences share a trigger date or a conference date: each due date is worked out once.
  const conferenceDue = new Map<string, string>();
  const reportsDue = new Map<string, string>();
  return (row) => {
    const basis = dueBasis(row);
    if (!basis) return null;
    const stage = stageOf(basis);
    const conferenceKey = `${basis.kind}|${row.trigger_date ?? ''}`;
    let conferenceDate = conferenceDue.get(conferenceKey);
    if (conferenceDate === undefined) {
      conferenceDate = conferenceDueDate(basis, rules);
      conferenceDue.set(conferenceKey, conferenceDate);
    }
    const reportsKey = `${stage}|${row.scheduled_date}`;
    let reportsDate = reportsDue.get(reportsKey);
    if (reportsDate === undefined) {
      reportsDate = reportsToFamilyDue(row.scheduled_date, stage, rules);
      reportsDue.set(reportsKey, reportsDate);
    }
    // The two deadlines a conference has before it is held (see conferenceDeadlines).
    return mostPressingDeadline([
      // A finalised conference was held: its own deadline is met (see heldOn in assemble.ts).
      {
        key: 'conference',
        label: DEADLINE_LABELS.conference,
        due: conferenceDate,
        status: statusOf(conferenceDate, heldOn(row)),
        doneLate: heldOn(row) !== null && compareIsoDates(row.scheduled_date, conferenceDate) > 0,
      },
      { key: 'reports-to-family', label: DEADLINE_LABELS['reports-to-family'], due: reportsDate, status: statusOf(reportsDate, row.reports_shared_on), doneLate: false },
    ]);
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
function dueBasis(row: CaseloadRow): ConferenceDueBasis | null {
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
    status: row.status,
    scheduledDate: row.scheduled_date,
    scheduledTime: row.scheduled_time,
    children: byFamily.get(row.family_id) ?? [],
    attention: attention(row),
  }));
}
