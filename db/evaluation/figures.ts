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
 * The held conferences' timeliness facts in one pass: decisions and what was sent are grouped
 * once each and joined, rather than looked up conference by conference (over 8,000 conferences
 * the lookups cost several times more).
 */
export function timelinessRows(db: Db, filter: EvaluationFilter): TimelinessRow[] {
  return all<TimelinessRow>(
    db,
    filter,
    `SELECT c.id, c.type, c.status, c.trigger_date, p.type AS previous_type, h.held_on,
       coalesce(d.plan_in_place, 0) AS plan_in_place, s.letter AS decision_letter_sent_on, s.record AS record_sent_on, s.plan AS plan_sent_on
     FROM held h JOIN conference c ON c.id = h.id
       LEFT JOIN conference p ON p.id = c.previous_conference_id
       LEFT JOIN (SELECT conference_id, max(outcome IN ('plan', 'continue-plan', 'change-plan')) AS plan_in_place FROM decision GROUP BY conference_id) d ON d.conference_id = c.id
       LEFT JOIN (SELECT conference_id,
           min(CASE WHEN document = 'decision-letter' THEN sent_on END) AS letter,
           min(CASE WHEN document = 'full-record' THEN sent_on END) AS record,
           min(CASE WHEN document = 'plan' THEN sent_on END) AS plan
         FROM distribution_sent GROUP BY conference_id) s ON s.conference_id = c.id`,
  );
}

/** Reports of held conferences, grouped by what decides whether they reached the family in time. */
export interface ReportTiming {
  readonly type: string;
  readonly held_on: string;
  readonly shared_date: string | null;
  readonly shared: number;
  readonly reports: number;
}

/**
 * Below this many held conferences, their rows are looked up conference by conference; above it,
 * each table is read in one pass (see countPeople). Both give the same figures (tested).
 */
export const FEW_CONFERENCES = 1_000;

/** Only the chosen conferences' rows when they are few, every row in one pass when they are many. */
function rowsOf<T>(db: Db, few: boolean, ids: readonly string[], everything: string, chosen: string): T[] {
  return (few ? db.prepare(chosen).raw().all(JSON.stringify(ids)) : db.prepare(everything).raw().all()) as T[];
}

/** Grouped here from the reports' rows (see countPeople for why not in SQL). */
export function reportTimings(db: Db, filter: EvaluationFilter, fewBelow = FEW_CONFERENCES): ReportTiming[] {
  const held = new Map(all<{ id: string; type: string; held_on: string }>(db, filter, 'SELECT id, type, held_on FROM held').map((row) => [row.id, row]));
  const groups = new Map<string, { type: string; held_on: string; shared_date: string | null; shared: number; reports: number }>();
  const reports = rowsOf<[string, string, string | null]>(
    db,
    held.size < fewBelow,
    [...held.keys()],
    'SELECT conference_id, shared_with_family, shared_date FROM agency_report INDEXED BY agency_report_by_conference',
    'SELECT conference_id, shared_with_family, shared_date FROM agency_report WHERE conference_id IN (SELECT value FROM json_each(?))',
  );
  for (const [conferenceId, sharedWithFamily, sharedDate] of reports) {
    const conference = held.get(conferenceId);
    if (!conference) continue;
    const shared = (sharedWithFamily === 'yes' || sharedWithFamily === 'in-part') && sharedDate !== null ? 1 : 0;
    const key = `${conference.type}|${conference.held_on}|${sharedDate ?? ''}|${shared}`;
    const group = groups.get(key);
    if (group) group.reports += 1;
    else groups.set(key, { type: conference.type, held_on: conference.held_on, shared_date: sharedDate, shared, reports: 1 });
  }
  return [...groups.values()];
}

type Row = Record<string, number | null>;
const n = (value: number | null | undefined): number => value ?? 0;

/** Every figure that is a count in SQL; timeliness and reports in time are added by the caller. */
export function countFigures(db: Db, filter: EvaluationFilter, fewBelow = FEW_CONFERENCES): Figures {
  const figures = emptyFigures();
  const totals = one<Row>(db, filter, `SELECT (SELECT count(*) FROM sel) AS conferences, (SELECT count(*) FROM held) AS held`);
  figures.conferences = n(totals['conferences']);
  figures.room.conferencesHeld = n(totals['held']);

  const people = countPeople(db, new Set(all<{ id: string }>(db, filter, 'SELECT id FROM held').map((row) => row.id)), fewBelow);
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
 * The family in the room, counted from one pass over each table rather than a lookup per
 * invitation: over a whole caseload, SQLite's lookups into the encrypted file cost several times
 * more than reading the few columns needed in order and joining them here.
 */
function countPeople(db: Db, held: ReadonlySet<string>, fewBelow: number): Row {
  const few = held.size < fewBelow;
  const ids = [...held];
  const invitations = rowsOf<[string, string, string]>(
    db,
    few,
    ids,
    'SELECT id, conference_id, family_member_id FROM invitation INDEXED BY invitation_of_family WHERE family_member_id IS NOT NULL',
    'SELECT id, conference_id, family_member_id FROM invitation WHERE conference_id IN (SELECT value FROM json_each(?)) AND family_member_id IS NOT NULL',
  );
  const members = new Map<string, { kind: string; needsInterpreter: boolean }>();
  for (const [id, kind, language] of rowsOf<[string, string, string]>(
    db,
    few,
    ids,
    'SELECT id, kind, interpreter_language FROM family_member',
    'SELECT m.id, m.kind, m.interpreter_language FROM family_member m WHERE m.family_id IN (SELECT c.family_id FROM conference c WHERE c.id IN (SELECT value FROM json_each(?)))',
  )) {
    members.set(id, { kind, needsInterpreter: language !== '' });
  }
  const modes = new Map(
    rowsOf<[string, string]>(
      db,
      few,
      ids,
      'SELECT invitation_id, mode FROM attendance',
      'SELECT a.invitation_id, a.mode FROM invitation i JOIN attendance a ON a.invitation_id = i.id WHERE i.conference_id IN (SELECT value FROM json_each(?))',
    ),
  );
  const booked = new Set(
    rowsOf<[string, string]>(
      db,
      few,
      ids,
      'SELECT conference_id, family_member_id FROM interpreter WHERE booked = 1',
      'SELECT conference_id, family_member_id FROM interpreter WHERE booked = 1 AND conference_id IN (SELECT value FROM json_each(?))',
    ).map(([c, m]) => `${c}|${m}`),
  );
  const counts = { parentsInvited: 0, parentsInPerson: 0, parentsOnline: 0, parentsDidNotAttend: 0, parentsNotRecorded: 0, networkMembersPresent: 0, interpretersNeeded: 0, interpretersBooked: 0 };
  for (const [invitationId, conferenceId, memberId] of invitations) {
    if (!held.has(conferenceId)) continue;
    const member = members.get(memberId);
    if (!member) continue;
    const mode = modes.get(invitationId);
    if (member.kind === 'parent-or-carer') {
      counts.parentsInvited += 1;
      if (mode === 'in-person') counts.parentsInPerson += 1;
      else if (mode === 'online') counts.parentsOnline += 1;
      else if (mode === 'did-not-attend') counts.parentsDidNotAttend += 1;
      else counts.parentsNotRecorded += 1;
    } else if (mode === 'in-person' || mode === 'online') counts.networkMembersPresent += 1;
    if (member.needsInterpreter) {
      counts.interpretersNeeded += 1;
      if (booked.has(`${conferenceId}|${memberId}`)) counts.interpretersBooked += 1;
    }
  }
  return counts;
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
