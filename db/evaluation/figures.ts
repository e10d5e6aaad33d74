import { CHILD_VOICE_METHODS } from '../../shared/capture/schema';
import { CATEGORIES, DECISION_OUTCOMES } from '../../shared/decision/schema';
import { emptyFigures, type EvaluationFilter, type Figures } from '../../shared/evaluation/figures';
import { FEEDBACK_RESPONDENTS, FEEDBACK_STATEMENTS } from '../../shared/feedback/questions';
import type { Db } from '../open';
import { CASELOAD_COLUMNS, type CaseloadRow } from '../search/caseload';

/**
 * The evaluation's counts in SQL (definitions in docs/evaluation.md). A conference is in the
 * figures when its date (the day it was held, or else the day it is booked for) falls in the
 * filter's range and it matches the type, chair and team. What happened at a meeting is counted
 * only for conferences that were held. Only counts leave this module, never a name or a text.
 */

/** The conferences the filter selects, with the day each was held (null when not yet). */
const SELECTED = `sel AS (
  SELECT c.id, c.family_id, c.type,
    coalesce(c.held_date, CASE WHEN c.status = 'finalised' THEN c.scheduled_date END) AS held_on
  FROM conference c
  WHERE coalesce(c.held_date, c.scheduled_date) BETWEEN @from AND @to
    AND (@type IS NULL OR c.type = @type)
    AND (@chairId IS NULL OR c.chair_id = @chairId)
    AND (@team = '' OR c.team = @team)
), held AS (SELECT * FROM sel WHERE held_on IS NOT NULL)`;

function params(filter: EvaluationFilter): Record<string, string | null> {
  return { from: filter.from ?? '0000-01-01', to: filter.to ?? '9999-12-31', type: filter.type, chairId: filter.chairId, team: filter.team };
}

function all<T>(db: Db, filter: EvaluationFilter, sql: string): T[] {
  return db.prepare(`WITH ${SELECTED} ${sql}`).all(params(filter)) as T[];
}

function one<T>(db: Db, filter: EvaluationFilter, sql: string): T {
  return db.prepare(`WITH ${SELECTED} ${sql}`).get(params(filter)) as T;
}

/** The caseload rows of the selected conferences, for the deadlines worked out in working days. */
export function selectedCaseloadRows(db: Db, filter: EvaluationFilter): CaseloadRow[] {
  return all<CaseloadRow>(db, filter, `SELECT ${CASELOAD_COLUMNS} FROM sel JOIN conference c ON c.id = sel.id LEFT JOIN conference p ON p.id = c.previous_conference_id`);
}

/** Reports of held conferences, grouped by what decides whether they reached the family in time. */
export interface ReportTiming {
  readonly type: string;
  readonly held_on: string;
  readonly shared_date: string | null;
  readonly shared: number;
  readonly reports: number;
}

export function reportTimings(db: Db, filter: EvaluationFilter): ReportTiming[] {
  return all<ReportTiming>(
    db,
    filter,
    `SELECT h.type, h.held_on, r.shared_date, (r.shared_with_family IN ('yes', 'in-part') AND r.shared_date IS NOT NULL) AS shared, count(*) AS reports
     FROM held h JOIN agency_report r ON r.conference_id = h.id
     GROUP BY h.type, h.held_on, r.shared_date, shared`,
  );
}

type Row = Record<string, number | null>;
const n = (value: number | null | undefined): number => value ?? 0;

/** Every figure that is a count in SQL; timeliness and reports in time are added by the caller. */
export function countFigures(db: Db, filter: EvaluationFilter): Figures {
  const figures = emptyFigures();
  const totals = one<Row>(db, filter, `SELECT (SELECT count(*) FROM sel) AS conferences, (SELECT count(*) FROM held) AS held`);
  figures.conferences = n(totals['conferences']);
  figures.room.conferencesHeld = n(totals['held']);

  const people = one<Row>(
    db,
    filter,
    `SELECT
       sum(m.kind = 'parent-or-carer') AS parentsInvited,
       sum(m.kind = 'parent-or-carer' AND a.mode = 'in-person') AS parentsInPerson,
       sum(m.kind = 'parent-or-carer' AND a.mode = 'online') AS parentsOnline,
       sum(m.kind = 'parent-or-carer' AND a.mode = 'did-not-attend') AS parentsDidNotAttend,
       sum(m.kind = 'parent-or-carer' AND a.mode IS NULL) AS parentsNotRecorded,
       sum(m.kind IN ('family-network', 'friend') AND a.mode IN ('in-person', 'online')) AS networkMembersPresent,
       sum(m.interpreter_language <> '') AS interpretersNeeded,
       sum(m.interpreter_language <> '' AND coalesce(t.booked, 0) = 1) AS interpretersBooked
     FROM held h JOIN invitation i ON i.conference_id = h.id
       JOIN family_member m ON m.id = i.family_member_id
       LEFT JOIN attendance a ON a.invitation_id = i.id
       LEFT JOIN interpreter t ON t.conference_id = h.id AND t.family_member_id = m.id`,
  );
  figures.room.parentsInvited = n(people['parentsInvited']);
  figures.room.parentsInPerson = n(people['parentsInPerson']);
  figures.room.parentsOnline = n(people['parentsOnline']);
  figures.room.parentsDidNotAttend = n(people['parentsDidNotAttend']);
  figures.room.parentsNotRecorded = n(people['parentsNotRecorded']);
  figures.room.networkMembersPresent = n(people['networkMembersPresent']);
  figures.room.interpretersNeeded = n(people['interpretersNeeded']);
  figures.room.interpretersBooked = n(people['interpretersBooked']);

  const advocates = one<Row>(
    db,
    filter,
    `SELECT count(*) AS present, count(DISTINCT h.id) AS conferences
     FROM held h JOIN invitation i ON i.conference_id = h.id
       JOIN professional p ON p.id = i.professional_id
       JOIN attendance a ON a.invitation_id = i.id
     WHERE p.agency = 'parent-advocacy' AND a.mode IN ('in-person', 'online')`,
  );
  figures.room.advocatesPresent = n(advocates['present']);
  figures.room.conferencesWithAdvocate = n(advocates['conferences']);

  const voice = one<Row>(
    db,
    filter,
    `SELECT (SELECT count(*) FROM held h JOIN child ch ON ch.family_id = h.family_id) AS children,
       (SELECT count(*) FROM (SELECT DISTINCT v.conference_id, v.child_id FROM held h JOIN child_voice v ON v.conference_id = h.id)) AS childrenWithViews,
       (SELECT count(*) FROM (SELECT DISTINCT v.conference_id, v.child_id FROM held h JOIN child_voice v ON v.conference_id = h.id WHERE v.method = 'attended')) AS childrenAttended`,
  );
  figures.childVoice.children = n(voice['children']);
  figures.childVoice.childrenWithViews = n(voice['childrenWithViews']);
  figures.childVoice.childrenAttended = n(voice['childrenAttended']);
  for (const row of all<{ method: string; views: number }>(db, filter, `SELECT v.method, count(*) AS views FROM held h JOIN child_voice v ON v.conference_id = h.id GROUP BY v.method`)) {
    if ((CHILD_VOICE_METHODS as readonly string[]).includes(row.method)) figures.childVoiceByMethod[row.method as (typeof CHILD_VOICE_METHODS)[number]] = row.views;
  }

  const networks = one<Row>(
    db,
    filter,
    `SELECT count(*) AS conferencesWithPlanRecord,
       sum(json_extract(p.family_network, '$.fgdm') IN ('offered', 'declined', 'held')) AS fgdmOffered,
       sum(json_extract(p.family_network, '$.fgdm') = 'declined') AS fgdmDeclined,
       sum(json_extract(p.family_network, '$.fgdm') = 'held') AS fgdmHeld,
       sum(json_extract(p.family_network, '$.fgdm') = 'held' AND json_extract(p.family_network, '$.fgdmDate') <= h.held_on) AS fgdmHeldBeforeConference,
       sum(json_extract(p.family_network, '$.fnspRequested') = 1) AS fnspRequested
     FROM held h JOIN plan p ON p.conference_id = h.id`,
  );
  for (const key of Object.keys(figures.networks) as (keyof Figures['networks'])[]) figures.networks[key] = n(networks[key]);

  for (const row of all<{ outcome: string; decisions: number }>(db, filter, `SELECT d.outcome, count(*) AS decisions FROM held h JOIN decision d ON d.conference_id = h.id GROUP BY d.outcome`)) {
    if ((DECISION_OUTCOMES as readonly string[]).includes(row.outcome)) figures.decisionsByOutcome[row.outcome as (typeof DECISION_OUTCOMES)[number]] = row.decisions;
  }
  for (const row of all<{ category: string; plans: number }>(
    db,
    filter,
    `SELECT j.value AS category, count(*) AS plans FROM held h JOIN decision d ON d.conference_id = h.id, json_each(d.categories) j
     WHERE d.outcome IN ('plan', 'continue-plan', 'change-plan') GROUP BY j.value`,
  )) {
    if ((CATEGORIES as readonly string[]).includes(row.category)) figures.plansByCategory[row.category as (typeof CATEGORIES)[number]] = row.plans;
  }
  const dissent = one<Row>(
    db,
    filter,
    `SELECT sum(d.kind = 'disagreement') AS disagreements, sum(d.kind = 'formal-dissent') AS formalDissents, count(DISTINCT h.id) AS conferencesWithDissent
     FROM held h JOIN dissent d ON d.conference_id = h.id`,
  );
  for (const key of Object.keys(figures.dissent) as (keyof Figures['dissent'])[]) figures.dissent[key] = n(dissent[key]);

  countDocuments(db, filter, figures);
  countFeedback(db, filter, figures);
  return figures;
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
  WHERE e.kind IN ('family-plan', 'child-plan', 'letter')
), family_documents AS (SELECT * FROM fam WHERE recipient_kind IS NOT NULL)`;

function countDocuments(db: Db, filter: EvaluationFilter, figures: Figures): void {
  for (const row of all<{ recipient_kind: keyof Figures['documentsByRecipient']; kind: keyof Figures['documentsByKind']; documents: number }>(
    db,
    filter,
    `, ${FAMILY_DOCUMENTS} SELECT recipient_kind, kind, count(*) AS documents FROM family_documents GROUP BY recipient_kind, kind`,
  )) {
    figures.documentsByRecipient[row.recipient_kind] += row.documents;
    figures.documentsByKind[row.kind] += row.documents;
  }
  const language = one<Row>(
    db,
    filter,
    `, ${FAMILY_DOCUMENTS} SELECT
       (SELECT count(*) FROM family_documents WHERE reading_age IS NOT NULL) AS measured,
       (SELECT count(*) FROM family_documents WHERE reading_age IS NOT NULL AND reading_age <= reading_age_target) AS withinTarget,
       (SELECT count(*) FROM family_documents WHERE reading_age IS NOT NULL AND reading_age > reading_age_target) AS overTarget,
       (SELECT count(*) FROM family_documents WHERE override_reason IS NOT NULL) AS documentOverrides,
       (SELECT count(*) FROM sel JOIN language_ignore l ON l.conference_id = sel.id) AS wordingDecisions`,
  );
  for (const key of Object.keys(figures.language) as (keyof Figures['language'])[]) figures.language[key] = n(language[key]);
  figures.wordingByMonth = all<{ month: string; documents: number; words: number; findings: number }>(
    db,
    filter,
    `, ${FAMILY_DOCUMENTS} SELECT substr(made_at, 1, 7) AS month, count(*) AS documents, sum(words) AS words, sum(wording_findings) AS findings
     FROM family_documents WHERE words IS NOT NULL AND wording_findings IS NOT NULL GROUP BY month ORDER BY month`,
  );
}

function countFeedback(db: Db, filter: EvaluationFilter, figures: Figures): void {
  const answers = FEEDBACK_STATEMENTS.flatMap(({ key }) => [
    ...[1, 2, 3, 4, 5].map((value) => `sum(f.${key} = ${value}) AS "${key}_${value}"`),
    `sum(f.${key} IS NULL) AS "${key}_unanswered"`,
  ]);
  const respondents = FEEDBACK_RESPONDENTS.map((respondent) => `sum(f.respondent = '${respondent}') AS "by_${respondent}"`);
  const row = one<Row>(db, filter, `SELECT count(*) AS forms, ${[...respondents, ...answers].join(', ')} FROM sel JOIN family_feedback f ON f.conference_id = sel.id`);
  figures.feedbackForms = n(row['forms']);
  for (const respondent of FEEDBACK_RESPONDENTS) figures.feedbackByRespondent[respondent] = n(row[`by_${respondent}`]);
  for (const { key } of FEEDBACK_STATEMENTS) {
    const counts = figures.feedback[key];
    for (const answer of Object.keys(counts) as (keyof typeof counts)[]) counts[answer] = n(row[`${key}_${answer}`]);
  }
}
