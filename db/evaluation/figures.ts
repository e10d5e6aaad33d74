import { CHILD_VOICE_METHODS } from '../../shared/capture/schema';
import { CATEGORIES, DECISION_OUTCOMES } from '../../shared/decision/schema';
import { emptyFigures, FAMILY_DOCUMENT_KINDS, type EvaluationFilter, type Figures } from '../../shared/evaluation/figures';
import { FEEDBACK_RESPONDENTS, FEEDBACK_STATEMENTS } from '../../shared/feedback/questions';
import type { Db } from '../open';
import type { ConferenceType, StoredConferenceStatus } from '../../shared/conference/schema';

/**
 * The evaluation's counts in SQL (definitions in docs/evaluation.md). A conference is in the
 * figures when its date (the day it was held, or else the day it is booked for) falls in the
 * filter's range and it matches the type, chair and team. What happened at a meeting is counted
 * only for conferences that were held. Only counts leave this module, never a name or a text.
 */

/**
 * The conferences the filter selects, with the day each was held (null when not yet), chosen
 * once per call into a temporary table that every count then reads: each count used to choose
 * them again, and a join to the choice looked each conference up in the conference table.
 * The table lives in memory (temp_store), holds ids and dates only, and is emptied after use.
 */
const SELECT_CONFERENCES = `INSERT INTO temp.evaluation_selected (id, family_id, type, held_on)
  SELECT c.id, c.family_id, c.type,
    coalesce(c.held_date, CASE WHEN c.status = 'finalised' THEN c.scheduled_date END)
  FROM conference c
  WHERE coalesce(c.held_date, c.scheduled_date) BETWEEN @from AND @to
    AND (@type IS NULL OR c.type = @type)
    AND (@chairId IS NULL OR c.chair_id = @chairId)
    AND (@team = '' OR c.team = @team)`;

const SELECTED = `sel AS (SELECT id, family_id, type, held_on FROM temp.evaluation_selected),
  held AS (SELECT * FROM sel WHERE held_on IS NOT NULL)`;

function params(filter: EvaluationFilter): Record<string, string | null> {
  return { from: filter.from ?? '0000-01-01', to: filter.to ?? '9999-12-31', type: filter.type, chairId: filter.chairId, team: filter.team };
}

type Row = Record<string, number | null>;
const n = (value: number | null | undefined): number => value ?? 0;

/** The conferences a filter chose, for as long as the work that counts them lasts. */
export interface Selected {
  readonly db: Db;
}

/**
 * Chooses the filter's conferences once and counts them within one read, so every figure comes
 * from the same moment. Nothing is kept between calls: the choice is emptied when the work ends.
 */
export function withSelected<T>(db: Db, filter: EvaluationFilter, work: (selected: Selected) => T): T {
  return db.transaction(() => {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS evaluation_selected (id TEXT PRIMARY KEY, family_id TEXT NOT NULL, type TEXT NOT NULL, held_on TEXT) WITHOUT ROWID');
    db.exec('DELETE FROM temp.evaluation_selected');
    db.prepare(SELECT_CONFERENCES).run(params(filter));
    try {
      return work({ db });
    } finally {
      db.exec('DELETE FROM temp.evaluation_selected');
    }
  })();
}

function all<T>(selected: Selected, sql: string): T[] {
  return selected.db.prepare(`WITH ${SELECTED} ${sql}`).all() as T[];
}

function one<T>(selected: Selected, sql: string): T {
  return selected.db.prepare(`WITH ${SELECTED} ${sql}`).get() as T;
}

/** What a held conference's timeliness is counted from: its dates, and what was sent when. */
export interface TimelinessRow {
  readonly id: string;
  readonly type: ConferenceType;
  readonly status: StoredConferenceStatus;
  readonly trigger_date: string | null;
  readonly previous_type: ConferenceType | null;
  readonly held_on: string;
  /** 1 when some child has a child protection plan after it: the plan is sent with the record. */
  readonly plan_in_place: number;
  readonly decision_letter_sent_on: string | null;
  readonly record_sent_on: string | null;
  readonly plan_sent_on: string | null;
}

/**
 * Where the held conferences' timeliness facts come from, in one pass: decisions and what was sent
 * are grouped once each and joined, rather than looked up conference by conference.
 */
const TIMELINESS_FROM = `FROM held h JOIN conference c ON c.id = h.id
  LEFT JOIN conference p ON p.id = c.previous_conference_id
  LEFT JOIN (SELECT conference_id, max(outcome IN ('plan', 'continue-plan', 'change-plan')) AS plan_in_place FROM decision GROUP BY conference_id) d ON d.conference_id = c.id
  LEFT JOIN (SELECT conference_id,
      min(CASE WHEN document = 'decision-letter' THEN sent_on END) AS letter,
      min(CASE WHEN document = 'full-record' THEN sent_on END) AS record,
      min(CASE WHEN document = 'plan' THEN sent_on END) AS plan
    FROM distribution_sent GROUP BY conference_id) s ON s.conference_id = c.id`;

/** Each held conference's timeliness facts, with its id (for the exports). */
export function timelinessRows(selected: Selected): TimelinessRow[] {
  return all<TimelinessRow>(
    selected,
    `SELECT c.id, c.type, c.status, c.trigger_date, p.type AS previous_type, h.held_on,
       coalesce(d.plan_in_place, 0) AS plan_in_place, s.letter AS decision_letter_sent_on, s.record AS record_sent_on, s.plan AS plan_sent_on
     ${TIMELINESS_FROM}`,
  );
}

/** The same facts without the id and status the counts do not need, for counting. */
export type TimelinessFacts = Pick<TimelinessRow, 'type' | 'previous_type' | 'trigger_date' | 'held_on' | 'plan_in_place' | 'decision_letter_sent_on' | 'record_sent_on' | 'plan_sent_on'>;

/**
 * The facts as plain lists, turned into named rows here: over a whole caseload, most of the time
 * was SQLite handing over values (an id and a status per conference, and each column's name).
 */
export function timelinessFacts(selected: Selected): TimelinessFacts[] {
  const rows = selected.db
    .prepare(
      `WITH ${SELECTED} SELECT c.type, p.type, c.trigger_date, h.held_on, coalesce(d.plan_in_place, 0), s.letter, s.record, s.plan ${TIMELINESS_FROM}`,
    )
    .raw()
    .all() as [ConferenceType, ConferenceType | null, string | null, string, number, string | null, string | null, string | null][];
  return rows.map(([type, previous_type, trigger_date, held_on, plan_in_place, decision_letter_sent_on, record_sent_on, plan_sent_on]) => ({
    type, previous_type, trigger_date, held_on, plan_in_place, decision_letter_sent_on, record_sent_on, plan_sent_on,
  }));
}

/** The family's reports for held conferences: shared with the family, and of those, in time. */
export interface ReportCounts {
  readonly shared: number;
  readonly sharedInTime: number;
  readonly notShared: number;
}

/**
 * Counted in one pass with no grouping: the day each held conference's reports were due comes
 * from the caller's calendar through a SQL function, worked out once per conference (the
 * MATERIALIZED choice), and each report is compared with it where it is read. Grouping the
 * reports by date to compare them in JavaScript cost several times more (the sort).
 */
export function countReports(selected: Selected, reportsDue: (type: ConferenceType, heldOn: string) => string): ReportCounts {
  const { db } = selected;
  db.function('evaluation_reports_due', { deterministic: true }, (type, heldOn) => reportsDue(type as ConferenceType, String(heldOn)));
  let row: Row;
  try {
    row = one<Row>(
      selected,
      `, due AS MATERIALIZED (SELECT id, evaluation_reports_due(type, held_on) AS due_on FROM held),
         report AS (
           SELECT (r.shared_with_family IN ('yes', 'in-part') AND r.shared_date IS NOT NULL) AS shared, r.shared_date, d.due_on
           FROM due d CROSS JOIN agency_report r ON r.conference_id = d.id
         )
       SELECT sum(shared = 1) AS shared, sum(shared = 1 AND shared_date <= due_on) AS sharedInTime, sum(shared IS NOT 1) AS notShared FROM report`,
    );
  } finally {
    // SQLite keeps a function until it is replaced: keep neither this call's calendar nor its dates.
    db.function('evaluation_reports_due', { deterministic: true }, () => {
      throw new Error('evaluation_reports_due is only for counting the evaluation');
    });
  }
  return { shared: n(row['shared']), sharedInTime: n(row['sharedInTime']), notShared: n(row['notShared']) };
}

/**
 * Below this many held conferences, the family's invitations are found conference by conference;
 * from it on, the invitations are read in one pass and each is checked against the choice. Both
 * give the same figures (tested); on the benchmark caseload, starting from one chair's reviews is
 * about twice as quick, and reading every invitation once is about three times as quick for all.
 */
export const FEW_CONFERENCES = 1_000;

/** Every figure that is a count in SQL; timeliness and reports in time are added by the caller. */
export function countFigures(selected: Selected, fewBelow = FEW_CONFERENCES): Figures {
  const figures = emptyFigures();
  const totals = one<Row>(selected, `SELECT (SELECT count(*) FROM sel) AS conferences, (SELECT count(*) FROM held) AS held`);
  figures.conferences = n(totals['conferences']);
  figures.room.conferencesHeld = n(totals['held']);

  const people = countPeople(selected, figures.room.conferencesHeld < fewBelow);
  figures.room.parentsInvited = n(people['parentsInvited']);
  figures.room.parentsInPerson = n(people['parentsInPerson']);
  figures.room.parentsOnline = n(people['parentsOnline']);
  figures.room.parentsDidNotAttend = n(people['parentsDidNotAttend']);
  figures.room.parentsNotRecorded = n(people['parentsNotRecorded']);
  figures.room.networkMembersPresent = n(people['networkMembersPresent']);
  figures.room.interpretersNeeded = n(people['interpretersNeeded']);
  figures.room.interpretersBooked = n(people['interpretersBooked']);

  const advocates = one<Row>(
    selected,
    `SELECT count(*) AS present, count(DISTINCT h.id) AS conferences
     FROM held h JOIN invitation i ON i.conference_id = h.id
       JOIN professional p ON p.id = i.professional_id
       JOIN attendance a ON a.invitation_id = i.id
     WHERE p.agency = 'parent-advocacy' AND a.mode IN ('in-person', 'online')`,
  );
  figures.room.advocatesPresent = n(advocates['present']);
  figures.room.conferencesWithAdvocate = n(advocates['conferences']);

  const voice = one<Row>(
    selected,
    `SELECT (SELECT count(*) FROM held h JOIN child ch ON ch.family_id = h.family_id) AS children,
       (SELECT count(*) FROM (SELECT DISTINCT v.conference_id, v.child_id FROM held h JOIN child_voice v ON v.conference_id = h.id)) AS childrenWithViews,
       (SELECT count(*) FROM (SELECT DISTINCT v.conference_id, v.child_id FROM held h JOIN child_voice v ON v.conference_id = h.id WHERE v.method = 'attended')) AS childrenAttended`,
  );
  figures.childVoice.children = n(voice['children']);
  figures.childVoice.childrenWithViews = n(voice['childrenWithViews']);
  figures.childVoice.childrenAttended = n(voice['childrenAttended']);
  for (const row of all<{ method: string; views: number }>(selected, `SELECT v.method, count(*) AS views FROM held h JOIN child_voice v ON v.conference_id = h.id GROUP BY v.method`)) {
    if ((CHILD_VOICE_METHODS as readonly string[]).includes(row.method)) figures.childVoiceByMethod[row.method as (typeof CHILD_VOICE_METHODS)[number]] = row.views;
  }

  const networks = one<Row>(
    selected,
    `SELECT count(*) AS conferencesWithPlanRecord,
       sum(json_extract(p.family_network, '$.fgdm') IN ('offered', 'declined', 'held')) AS fgdmOffered,
       sum(json_extract(p.family_network, '$.fgdm') = 'declined') AS fgdmDeclined,
       sum(json_extract(p.family_network, '$.fgdm') = 'held') AS fgdmHeld,
       sum(json_extract(p.family_network, '$.fgdm') = 'held' AND json_extract(p.family_network, '$.fgdmDate') <= h.held_on) AS fgdmHeldBeforeConference,
       sum(json_extract(p.family_network, '$.fnspRequested') = 1) AS fnspRequested
     FROM held h JOIN plan p ON p.conference_id = h.id`,
  );
  for (const key of Object.keys(figures.networks) as (keyof Figures['networks'])[]) figures.networks[key] = n(networks[key]);

  for (const row of all<{ outcome: string; decisions: number }>(selected, `SELECT d.outcome, count(*) AS decisions FROM held h JOIN decision d ON d.conference_id = h.id GROUP BY d.outcome`)) {
    if ((DECISION_OUTCOMES as readonly string[]).includes(row.outcome)) figures.decisionsByOutcome[row.outcome as (typeof DECISION_OUTCOMES)[number]] = row.decisions;
  }
  for (const row of all<{ category: string; plans: number }>(
    selected,
    `SELECT j.value AS category, count(*) AS plans FROM held h JOIN decision d ON d.conference_id = h.id, json_each(d.categories) j
     WHERE d.outcome IN ('plan', 'continue-plan', 'change-plan') GROUP BY j.value`,
  )) {
    if ((CATEGORIES as readonly string[]).includes(row.category)) figures.plansByCategory[row.category as (typeof CATEGORIES)[number]] = row.plans;
  }
  const dissent = one<Row>(
    selected,
    `SELECT sum(d.kind = 'disagreement') AS disagreements, sum(d.kind = 'formal-dissent') AS formalDissents, count(DISTINCT h.id) AS conferencesWithDissent
     FROM held h JOIN dissent d ON d.conference_id = h.id`,
  );
  for (const key of Object.keys(figures.dissent) as (keyof Figures['dissent'])[]) figures.dissent[key] = n(dissent[key]);

  countDocuments(selected, figures);
  countFeedback(selected, figures);
  return figures;
}

/**
 * The family in the room, counted in one statement: only the counts come back. Handing every
 * invitation's ids to JavaScript to join there cost more than SQLite's own lookups. With few
 * conferences, CROSS JOIN keeps SQLite starting from them (see FEW_CONFERENCES).
 */
function countPeople(selected: Selected, few: boolean): Row {
  return one<Row>(
    selected,
    `SELECT
       sum(m.kind = 'parent-or-carer') AS parentsInvited,
       sum(m.kind = 'parent-or-carer' AND a.mode = 'in-person') AS parentsInPerson,
       sum(m.kind = 'parent-or-carer' AND a.mode = 'online') AS parentsOnline,
       sum(m.kind = 'parent-or-carer' AND a.mode = 'did-not-attend') AS parentsDidNotAttend,
       sum(m.kind = 'parent-or-carer' AND a.mode IS NULL) AS parentsNotRecorded,
       sum(m.kind <> 'parent-or-carer' AND a.mode IN ('in-person', 'online')) AS networkMembersPresent,
       sum(m.interpreter_language <> '') AS interpretersNeeded,
       sum(m.interpreter_language <> '' AND EXISTS (
         SELECT 1 FROM interpreter b WHERE b.conference_id = i.conference_id AND b.family_member_id = i.family_member_id AND b.booked = 1
       )) AS interpretersBooked
     FROM held h ${few ? 'CROSS JOIN' : 'JOIN'} invitation i ON i.conference_id = h.id AND i.family_member_id IS NOT NULL
       JOIN family_member m ON m.id = i.family_member_id
       LEFT JOIN attendance a ON a.invitation_id = i.id`,
  );
}

/**
 * The family's documents: the family's plan, a child's own copy, and decision letters made for
 * someone in the family (a letter to a professional is not a family document).
 */
const FAMILY_DOCUMENTS = `fam AS (
  SELECT e.*, CASE
      WHEN e.recipient_id = 'family-network' THEN 'family-network'
      WHEN e.recipient_id = 'everyone-invited' THEN 'everyone'
      WHEN EXISTS (SELECT 1 FROM child ch WHERE ch.id = e.recipient_id) THEN 'child'
      ELSE (SELECT CASE m.kind WHEN 'parent-or-carer' THEN 'parent-or-carer' ELSE 'family-network' END FROM family_member m WHERE m.id = e.recipient_id)
    END AS recipient_kind
  FROM sel JOIN document_export e ON e.conference_id = sel.id
  WHERE e.kind IN (${FAMILY_DOCUMENT_KINDS.map((kind) => `'${kind}'`).join(', ')})
), family_documents AS (SELECT * FROM fam WHERE recipient_kind IS NOT NULL)`;

function countDocuments(selected: Selected, figures: Figures): void {
  for (const row of all<{ recipient_kind: keyof Figures['documentsByRecipient']; kind: keyof Figures['documentsByKind']; documents: number }>(
    selected,
    `, ${FAMILY_DOCUMENTS} SELECT recipient_kind, kind, count(*) AS documents FROM family_documents GROUP BY recipient_kind, kind`,
  )) {
    figures.documentsByRecipient[row.recipient_kind] += row.documents;
    figures.documentsByKind[row.kind] += row.documents;
  }
  const language = one<Row>(
    selected,
    `, ${FAMILY_DOCUMENTS} SELECT
       (SELECT count(*) FROM family_documents WHERE reading_age IS NOT NULL) AS measured,
       (SELECT count(*) FROM family_documents WHERE reading_age IS NOT NULL AND reading_age <= reading_age_target) AS withinTarget,
       (SELECT count(*) FROM family_documents WHERE reading_age IS NOT NULL AND reading_age > reading_age_target) AS overTarget,
       (SELECT count(*) FROM family_documents WHERE override_reason IS NOT NULL) AS documentOverrides,
       (SELECT count(*) FROM sel JOIN language_ignore l ON l.conference_id = sel.id) AS wordingDecisions`,
  );
  for (const key of Object.keys(figures.language) as (keyof Figures['language'])[]) figures.language[key] = n(language[key]);
  figures.wordingByMonth = all<{ month: string; documents: number; words: number; findings: number }>(
    selected,
    `, ${FAMILY_DOCUMENTS} SELECT substr(made_at, 1, 7) AS month, count(*) AS documents, sum(words) AS words, sum(wording_findings) AS findings
     FROM family_documents WHERE words IS NOT NULL AND wording_findings IS NOT NULL GROUP BY month ORDER BY month`,
  );
}

function countFeedback(selected: Selected, figures: Figures): void {
  const answers = FEEDBACK_STATEMENTS.flatMap(({ key }) => [
    ...[1, 2, 3, 4, 5].map((value) => `sum(f.${key} = ${value}) AS "${key}_${value}"`),
    `sum(f.${key} IS NULL) AS "${key}_unanswered"`,
  ]);
  const respondents = FEEDBACK_RESPONDENTS.map((respondent) => `sum(f.respondent = '${respondent}') AS "by_${respondent}"`);
  const row = one<Row>(selected, `SELECT count(*) AS forms, ${[...respondents, ...answers].join(', ')} FROM sel JOIN family_feedback f ON f.conference_id = sel.id`);
  figures.feedbackForms = n(row['forms']);
  for (const respondent of FEEDBACK_RESPONDENTS) figures.feedbackByRespondent[respondent] = n(row[`by_${respondent}`]);
  for (const { key } of FEEDBACK_STATEMENTS) {
    const counts = figures.feedback[key];
    for (const answer of Object.keys(counts) as (keyof typeof counts)[]) counts[answer] = n(row[`${key}_${answer}`]);
  }
}
