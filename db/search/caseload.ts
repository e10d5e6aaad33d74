import type { ConferenceStatus, ConferenceType, StoredConferenceStatus } from '../../shared/conference/schema';
import type { Db } from '../open';

/**
 * The caseload as the home screen and search list it: one row per conference with just what a
 * summary needs, in one query (the previous conference's type for the review timescale, and the
 * date the reports reached the family, aggregated in SQL), never one query per conference.
 */
export interface CaseloadRow {
  readonly id: string;
  readonly family_id: string;
  readonly type: ConferenceType;
  readonly status: StoredConferenceStatus;
  readonly scheduled_date: string;
  readonly scheduled_time: string;
  readonly trigger_date: string | null;
  readonly previous_type: ConferenceType | null;
  /** When the last report reached the family, once every report has been dealt with (see assemble.ts). */
  readonly reports_shared_on: string | null;
  /** When it actually took place, once marked held (migration 0018). */
  readonly held_date: string | null;
  readonly held_time: string | null;
  // What follows the meeting, for its deadlines (see shared/timescales/after-meeting.ts).
  /** 1 when some child has a child protection plan after this conference. */
  readonly plan_in_place: number;
  readonly decision_letter_sent_on: string | null;
  readonly record_sent_on: string | null;
  readonly plan_sent_on: string | null;
  readonly first_core_group_date: string | null;
  /** When the review started from this conference was held (or, finalised before 0018, its date). */
  readonly next_review_held_on: string | null;
}

export interface CaseloadFilter {
  readonly status?: ConferenceStatus | undefined;
  readonly type?: ConferenceType | undefined;
  readonly chairId?: string | undefined;
  /**
   * Only conferences whose next open deadline (conference_deadline.next_due, migration 0011) is
   * due on or after `from` (when given) and before `before`: the deadline filters, as dates.
   */
  readonly nextDue?: { readonly from?: string | undefined; readonly before: string; readonly windowsFrom?: string | undefined } | undefined;
}

const COLUMNS = `c.id, c.family_id, c.type, c.status, c.scheduled_date, c.scheduled_time, c.trigger_date,
  p.type AS previous_type,
  (SELECT CASE WHEN count(*) = 0 OR sum(r.shared_with_family = 'not-yet') > 0 THEN NULL ELSE max(r.shared_date) END
     FROM agency_report r WHERE r.conference_id = c.id) AS reports_shared_on,
  c.held_date, c.held_time,
  EXISTS (SELECT 1 FROM decision d WHERE d.conference_id = c.id AND d.outcome IN ('plan', 'continue-plan', 'change-plan')) AS plan_in_place,
  (SELECT min(s.sent_on) FROM distribution_sent s WHERE s.conference_id = c.id AND s.document = 'decision-letter') AS decision_letter_sent_on,
  (SELECT min(s.sent_on) FROM distribution_sent s WHERE s.conference_id = c.id AND s.document = 'full-record') AS record_sent_on,
  (SELECT min(s.sent_on) FROM distribution_sent s WHERE s.conference_id = c.id AND s.document = 'plan') AS plan_sent_on,
  (SELECT pl.first_core_group_date FROM plan pl WHERE pl.conference_id = c.id) AS first_core_group_date,
  (SELECT min(coalesce(n.held_date, CASE WHEN n.status = 'finalised' THEN n.scheduled_date END))
     FROM conference n WHERE n.previous_conference_id = c.id) AS next_review_held_on`;

/** Held is the held date (migration 0018); the stored status says only whether it is finalised. */
const STATUS_CONDITIONS: Readonly<Record<ConferenceStatus, string>> = {
  draft: "c.status <> 'finalised' AND c.held_date IS NULL",
  held: "c.status <> 'finalised' AND c.held_date IS NOT NULL",
  finalised: "c.status = 'finalised'",
};

/** The conditions for status, type and chair, with their parameters. */
function plainFilters(filter: CaseloadFilter): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.status) where.push(STATUS_CONDITIONS[filter.status]);
  if (filter.type) {
    where.push('c.type = @type');
    params['type'] = filter.type;
  }
  if (filter.chairId) {
    where.push('c.chair_id = @chairId');
    params['chairId'] = filter.chairId;
  }
  return { where, params };
}

/** Soonest first, as the full list has always been ordered. */
export function listCaseloadRows(db: Db, filter: CaseloadFilter = {}): CaseloadRow[] {
  const { where, params } = plainFilters(filter);
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM conference c LEFT JOIN conference p ON p.id = c.previous_conference_id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.scheduled_date, c.scheduled_time, c.created_at`,
    )
    .all(params) as CaseloadRow[];
}

export interface CaseloadChildRow {
  readonly id: string;
  readonly family_id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly date_of_birth: string | null;
}

/** The children of the given families (or of every family), in their order within the family. */
export function listCaseloadChildren(db: Db, familyIds?: readonly string[]): CaseloadChildRow[] {
  const columns = 'id, family_id, given_name, family_name, date_of_birth';
  if (familyIds === undefined) {
    return db.prepare(`SELECT ${columns} FROM child ORDER BY family_id, position`).all() as CaseloadChildRow[];
  }
  if (familyIds.length === 0) return [];
  return db
    .prepare(`SELECT ${columns} FROM child WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, position`)
    .all(JSON.stringify([...new Set(familyIds)])) as CaseloadChildRow[];
}

export interface CaseloadKey {
  readonly id: string;
  readonly family_id: string;
}

/**
 * The conferences that pass the filters (and, when given, belong to the given conferences or
 * families), in the home screen's order: upcoming soonest first, then past most recent first.
 * Only keys, so the whole caseload can be ordered and counted cheaply before a page is read: two
 * walks of the caseload index, one forwards from today and one backwards, with no sorting.
 */
export function listCaseloadKeys(
  db: Db,
  today: string,
  filter: CaseloadFilter,
  within?: { readonly conferenceIds: readonly string[]; readonly familyIds: readonly string[] },
): CaseloadKey[] {
  const { where, params } = plainFilters(filter);
  params['today'] = today;
  if (filter.nextDue) {
    const from = filter.nextDue.from !== undefined ? ' AND d.next_due >= @dueFrom' : '';
    // `+c.id`: the caseload index is still walked in order (no sort), each conference checked
    // against the dates found in one range of conference_deadline_by_due. Left to itself SQLite
    // looks every matching conference up by id and sorts them, which is quicker for a handful but
    // twice as slow when most are overdue; the walk costs about the same however many match.
    // A dissent window ending in the range counts as due soon, unless something is overdue.
    const windows =
      filter.nextDue.windowsFrom !== undefined
        ? ` UNION SELECT d.conference_id FROM conference_deadline d WHERE d.dissent_ends >= @windowsFrom AND d.dissent_ends < @dueBefore
             AND (d.next_due IS NULL OR d.next_due >= @windowsFrom)`
        : '';
    where.push(`+c.id IN (SELECT d.conference_id FROM conference_deadline d WHERE d.next_due < @dueBefore${from}${windows})`);
    params['dueBefore'] = filter.nextDue.before;
    if (filter.nextDue.from !== undefined) params['dueFrom'] = filter.nextDue.from;
    if (filter.nextDue.windowsFrom !== undefined) params['windowsFrom'] = filter.nextDue.windowsFrom;
  }
  if (within) {
    where.push('(c.id IN (SELECT value FROM json_each(@conferenceIds)) OR c.family_id IN (SELECT value FROM json_each(@familyIds)))');
    params['conferenceIds'] = JSON.stringify(within.conferenceIds);
    params['familyIds'] = JSON.stringify(within.familyIds);
  }
  const and = where.map((condition) => ` AND ${condition}`).join('');
  const upcoming = db
    .prepare(`SELECT c.id, c.family_id FROM conference c WHERE c.scheduled_date >= @today${and} ORDER BY c.scheduled_date, c.scheduled_time, c.created_at`)
    .all(params) as CaseloadKey[];
  const past = db
    .prepare(`SELECT c.id, c.family_id FROM conference c WHERE c.scheduled_date < @today${and} ORDER BY c.scheduled_date DESC, c.scheduled_time DESC, c.created_at DESC`)
    .all(params) as CaseloadKey[];
  return [...upcoming, ...past];
}

/** The summary rows of the given conferences (in no particular order). */
export function caseloadRowsByIds(db: Db, ids: readonly string[]): CaseloadRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM conference c LEFT JOIN conference p ON p.id = c.previous_conference_id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as CaseloadRow[];
}

// The stored next deadlines (migration 0011), worked out by electron/handlers/next-deadline.ts.

/** The summary rows of the conferences whose next deadline must be worked out again. */
export function staleCaseloadRows(db: Db): CaseloadRow[] {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM conference c LEFT JOIN conference p ON p.id = c.previous_conference_id
       WHERE c.id IN (SELECT conference_id FROM conference_deadline WHERE stale = 1)`,
    )
    .all() as CaseloadRow[];
}

/**
 * Whether there is anything to do, in one read (it runs with every change): the rules not
 * compared since the settings changed (or never), or conferences marked by the triggers.
 */
export function nextDeadlineWork(db: Db): { readonly rulesUnchecked: boolean; readonly stale: boolean } {
  const row = db
    .prepare(
      `SELECT coalesce((SELECT checked FROM deadline_rules WHERE id = 1), 0) = 0 AS rules_unchecked,
              EXISTS (SELECT 1 FROM conference_deadline WHERE stale = 1) AS stale`,
    )
    .get() as { rules_unchecked: number; stale: number };
  return { rulesUnchecked: row.rules_unchecked === 1, stale: row.stale === 1 };
}

export interface NextDeadline {
  readonly conferenceId: string;
  readonly due: string | null;
  readonly key: NextDeadlineKey | null;
  /** The last day of the dissent window, once held. */
  readonly dissentEnds: string | null;
}

export type NextDeadlineKey = 'conference' | 'reports-to-family' | 'decision-letter' | 'record' | 'first-core-group' | 'next-review';

/** Stores each conference's next open deadline (null when none is open) and marks it worked out. */
export function storeNextDeadlines(db: Db, deadlines: readonly NextDeadline[]): void {
  const store = db.prepare(
    `INSERT INTO conference_deadline (conference_id, next_due, next_key, dissent_ends, stale) VALUES (@conferenceId, @due, @key, @dissentEnds, 0)
     ON CONFLICT (conference_id) DO UPDATE SET next_due = excluded.next_due, next_key = excluded.next_key, dissent_ends = excluded.dissent_ends, stale = 0`,
  );
  for (const deadline of deadlines) store.run(deadline);
}

export function markAllNextDeadlinesStale(db: Db): void {
  db.prepare('UPDATE conference_deadline SET stale = 1').run();
}

export interface DeadlineRulesRow {
  readonly fingerprint: string;
  readonly checked: 0 | 1;
}

/** The fingerprint of the rules the stored deadlines were worked out with, and whether it is known to hold. */
export function readDeadlineRules(db: Db): DeadlineRulesRow | undefined {
  return db.prepare('SELECT fingerprint, checked FROM deadline_rules WHERE id = 1').get() as DeadlineRulesRow | undefined;
}

export function writeDeadlineRules(db: Db, fingerprint: string): void {
  db.prepare(
    `INSERT INTO deadline_rules (id, fingerprint, checked) VALUES (1, ?, 1)
     ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, checked = 1`,
  ).run(fingerprint);
}
