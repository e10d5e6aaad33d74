import type { Restriction } from '../../shared/audience/restriction';
import type { SaveScale, SaveStatement, Statement } from '../../shared/decision/analysis';
import type { PersonRef } from '../../shared/decision/fields';
import type { Category, DecisionDetails, SaveDissent } from '../../shared/decision/schema';
import type { Amend, Amendment } from '../../shared/decision/signoff';
import { markingText, readMarking, withMarkings } from '../audience/markings';
import type { Db } from '../open';

// The analysis: statements in the three columns, and the scales.

interface StatementRow {
  readonly id: string;
  readonly kind: Statement['kind'];
  readonly text: string;
  readonly paired_danger_id: string | null;
  readonly in_familys_words: number;
  readonly whose_words: string;
  readonly restriction: string;
}

export function listStatements(db: Db, conferenceId: string): Statement[] {
  const rows = db.prepare('SELECT * FROM safety_statement WHERE conference_id = ? ORDER BY created_at, rowid').all(conferenceId) as StatementRow[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    pairedDangerId: row.paired_danger_id,
    inFamilysWords: row.in_familys_words === 1,
    whoseWords: row.whose_words,
    restriction: readMarking(row.restriction),
  }));
}

/** The conference a row of one of these tables belongs to, or undefined when there is no such row. */
export function ownerOf(db: Db, table: 'safety_statement' | 'safety_scale' | 'dissent' | 'plan_outcome' | 'plan_action' | 'distribution_recipient', id: string): string | undefined {
  return db.prepare(`SELECT conference_id FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
}

export function upsertStatement(db: Db, input: SaveStatement, at: string): void {
  db.prepare(
    `INSERT INTO safety_statement (id, conference_id, kind, text, paired_danger_id, in_familys_words, whose_words, restriction, created_at, updated_at)
     VALUES (@id, @conferenceId, @kind, @text, @pairedDangerId, @inFamilysWords, @whoseWords, @restriction, @at, @at)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, text = excluded.text, paired_danger_id = excluded.paired_danger_id,
       in_familys_words = excluded.in_familys_words, whose_words = excluded.whose_words, restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({
    ...input,
    pairedDangerId: input.kind === 'safety-goal' ? input.pairedDangerId : null,
    inFamilysWords: input.inFamilysWords ? 1 : 0,
    restriction: markingText(input.restriction),
    at,
  });
}

export function deleteStatement(db: Db, id: string): void {
  db.prepare('DELETE FROM safety_statement WHERE id = ?').run(id);
}

export function statementInUse(db: Db, id: string): boolean {
  return (
    db.prepare('SELECT 1 FROM safety_statement WHERE paired_danger_id = ? UNION ALL SELECT 1 FROM safety_scale WHERE danger_statement_id = ?').pluck().get(id, id) !==
    undefined
  );
}

interface ScaleRow {
  readonly id: string;
  readonly rater: string;
  readonly danger_statement_id: string | null;
  readonly score: number;
  readonly reason: string;
  readonly restriction: string;
}

export interface StoredScale {
  readonly id: string;
  readonly rater: PersonRef;
  readonly dangerStatementId: string | null;
  readonly score: number;
  readonly reason: string;
  readonly restriction: Restriction;
}

export function listScales(db: Db, conferenceId: string): StoredScale[] {
  const rows = db.prepare('SELECT * FROM safety_scale WHERE conference_id = ? ORDER BY created_at, rowid').all(conferenceId) as ScaleRow[];
  return rows.map((row) => ({
    id: row.id,
    rater: JSON.parse(row.rater) as PersonRef,
    dangerStatementId: row.danger_statement_id,
    score: row.score,
    reason: row.reason,
    restriction: readMarking(row.restriction),
  }));
}

export function upsertScale(db: Db, input: SaveScale, at: string): void {
  db.prepare(
    `INSERT INTO safety_scale (id, conference_id, rater, danger_statement_id, score, reason, restriction, created_at, updated_at)
     VALUES (@id, @conferenceId, @rater, @dangerStatementId, @score, @reason, @restriction, @at, @at)
     ON CONFLICT (id) DO UPDATE SET rater = excluded.rater, danger_statement_id = excluded.danger_statement_id, score = excluded.score,
       reason = excluded.reason, restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({ ...input, rater: JSON.stringify(input.rater), restriction: markingText(input.restriction), at });
}

export function deleteScale(db: Db, id: string): void {
  db.prepare('DELETE FROM safety_scale WHERE id = ?').run(id);
}

// Decisions, one per child.

interface DecisionRow {
  readonly id: string;
  readonly conference_id: string;
  readonly child_id: string;
  readonly test_met: number | null;
  readonly limb: DecisionDetails['limb'];
  readonly outcome: DecisionDetails['outcome'];
  readonly instead: DecisionDetails['instead'];
  readonly ending_reason: DecisionDetails['endingReason'];
  readonly categories: string;
  readonly category_justification: string;
  readonly chair_reasons: string;
  readonly chair_reasons_restriction: string;
  readonly agency_views: string;
  readonly family_views: string;
  readonly deferred_to: string | null;
  readonly deferred_reason: string;
  readonly updated_at: string;
}

export interface StoredDecision extends DecisionDetails {
  readonly id: string;
  readonly childId: string;
  readonly updatedAt: string;
}

function decisionOf(row: DecisionRow): StoredDecision {
  return {
    id: row.id,
    childId: row.child_id,
    testMet: row.test_met === null ? null : row.test_met === 1,
    limb: row.limb,
    outcome: row.outcome,
    instead: row.instead,
    endingReason: row.ending_reason,
    categories: JSON.parse(row.categories) as Category[],
    categoryJustification: row.category_justification,
    chairReasons: row.chair_reasons,
    chairReasonsRestriction: readMarking(row.chair_reasons_restriction),
    agencyViews: withMarkings<DecisionDetails['agencyViews'][number]>(row.agency_views),
    familyViews: withMarkings<DecisionDetails['familyViews'][number]>(row.family_views),
    deferredTo: row.deferred_to,
    deferredReason: row.deferred_reason,
    updatedAt: row.updated_at,
  };
}

export function listDecisions(db: Db, conferenceId: string): StoredDecision[] {
  return (db.prepare('SELECT * FROM decision WHERE conference_id = ? ORDER BY created_at, rowid').all(conferenceId) as DecisionRow[]).map(decisionOf);
}

export function findDecision(db: Db, conferenceId: string, childId: string): StoredDecision | undefined {
  const row = db.prepare('SELECT * FROM decision WHERE conference_id = ? AND child_id = ?').get(conferenceId, childId) as DecisionRow | undefined;
  return row ? decisionOf(row) : undefined;
}

export function upsertDecision(db: Db, input: { id: string; conferenceId: string; childId: string; decision: DecisionDetails }, at: string): void {
  const d = input.decision;
  db.prepare(
    `INSERT INTO decision (id, conference_id, child_id, test_met, limb, outcome, instead, ending_reason, categories, category_justification,
       chair_reasons, chair_reasons_restriction, agency_views, family_views, deferred_to, deferred_reason, created_at, updated_at)
     VALUES (@id, @conferenceId, @childId, @testMet, @limb, @outcome, @instead, @endingReason, @categories, @categoryJustification,
       @chairReasons, @chairReasonsRestriction, @agencyViews, @familyViews, @deferredTo, @deferredReason, @at, @at)
     ON CONFLICT (conference_id, child_id) DO UPDATE SET test_met = excluded.test_met, limb = excluded.limb, outcome = excluded.outcome,
       instead = excluded.instead, ending_reason = excluded.ending_reason, categories = excluded.categories,
       category_justification = excluded.category_justification, chair_reasons = excluded.chair_reasons,
       chair_reasons_restriction = excluded.chair_reasons_restriction, agency_views = excluded.agency_views,
       family_views = excluded.family_views, deferred_to = excluded.deferred_to, deferred_reason = excluded.deferred_reason, updated_at = excluded.updated_at`,
  ).run({
    id: input.id,
    conferenceId: input.conferenceId,
    childId: input.childId,
    testMet: d.testMet === null ? null : d.testMet ? 1 : 0,
    limb: d.limb,
    outcome: d.outcome,
    instead: d.instead,
    endingReason: d.endingReason,
    categories: JSON.stringify([...new Set(d.categories)]),
    categoryJustification: d.categoryJustification,
    chairReasons: d.chairReasons,
    chairReasonsRestriction: markingText(d.chairReasonsRestriction),
    agencyViews: JSON.stringify(d.agencyViews),
    familyViews: JSON.stringify(d.familyViews),
    deferredTo: d.outcome === 'deferred' ? d.deferredTo : null,
    deferredReason: d.outcome === 'deferred' ? d.deferredReason : '',
    at,
  });
}

/** Earlier conferences of the chain, newest first, stopping at the first without a link. */
export function previousConferences(db: Db, conferenceId: string): { id: string; scheduled_date: string; status: string }[] {
  return db
    .prepare(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT previous_conference_id, 1 FROM conference WHERE id = ? AND previous_conference_id IS NOT NULL
         UNION ALL SELECT c.previous_conference_id, depth + 1 FROM conference c JOIN chain ON c.id = chain.id
           WHERE c.previous_conference_id IS NOT NULL AND depth < 200)
       SELECT c.id, c.scheduled_date, c.status FROM chain JOIN conference c ON c.id = chain.id ORDER BY depth`,
    )
    .all(conferenceId) as { id: string; scheduled_date: string; status: string }[];
}

export function nextConference(db: Db, conferenceId: string): { id: string; scheduled_date: string; status: string } | undefined {
  return db.prepare('SELECT id, scheduled_date, status FROM conference WHERE previous_conference_id = ? ORDER BY created_at LIMIT 1').get(conferenceId) as
    | { id: string; scheduled_date: string; status: string }
    | undefined;
}

// Disagreement and formal dissent.

interface DissentRow {
  readonly id: string;
  readonly child_id: string;
  readonly professional_id: string;
  readonly kind: SaveDissent['kind'];
  readonly about: SaveDissent['about'];
  readonly grounds: string;
  readonly raised_on: string;
  readonly raised_at: string;
  readonly escalated_to: string;
  readonly outcome: string;
  readonly restriction: string;
}

export function listDissents(db: Db, conferenceId: string): Omit<SaveDissent, 'conferenceId'>[] {
  return (db.prepare('SELECT * FROM dissent WHERE conference_id = ? ORDER BY created_at, rowid').all(conferenceId) as DissentRow[]).map((row) => ({
    id: row.id,
    childId: row.child_id,
    professionalId: row.professional_id,
    kind: row.kind,
    about: row.about,
    grounds: row.grounds,
    raisedOn: row.raised_on,
    raisedAt: row.raised_at,
    escalatedTo: row.escalated_to,
    outcome: row.outcome,
    restriction: readMarking(row.restriction),
  }));
}

export function upsertDissent(db: Db, input: SaveDissent, at: string): void {
  db.prepare(
    `INSERT INTO dissent (id, conference_id, child_id, professional_id, kind, about, grounds, raised_on, raised_at, escalated_to, outcome, restriction, created_at, updated_at)
     VALUES (@id, @conferenceId, @childId, @professionalId, @kind, @about, @grounds, @raisedOn, @raisedAt, @escalatedTo, @outcome, @restriction, @at, @at)
     ON CONFLICT (id) DO UPDATE SET child_id = excluded.child_id, professional_id = excluded.professional_id, kind = excluded.kind,
       about = excluded.about, grounds = excluded.grounds, raised_on = excluded.raised_on, raised_at = excluded.raised_at,
       escalated_to = excluded.escalated_to, outcome = excluded.outcome, restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({ ...input, restriction: markingText(input.restriction), at });
}

export function deleteDissent(db: Db, id: string): void {
  db.prepare('DELETE FROM dissent WHERE id = ?').run(id);
}

// Sign-off and amendments.

export function finaliseConference(db: Db, conferenceId: string, actor: string, at: string): void {
  db.prepare("UPDATE conference SET status = 'finalised', finalised_at = ?, finalised_by = ?, updated_at = ? WHERE id = ?").run(at, actor, at, conferenceId);
}

export function signOffOf(db: Db, conferenceId: string): { finalised_at: string | null; finalised_by: string | null; brought_forward_reason: string } {
  return db.prepare('SELECT finalised_at, finalised_by, brought_forward_reason FROM conference WHERE id = ?').get(conferenceId) as {
    finalised_at: string | null;
    finalised_by: string | null;
    brought_forward_reason: string;
  };
}

export function insertAmendment(db: Db, input: Amend, actor: string, at: string): void {
  db.prepare(
    `INSERT INTO amendment (id, conference_id, section, entity_id, original, correction, reason, restriction, amended_by, amended_at)
     VALUES (@id, @conferenceId, @section, @entityId, @original, @correction, @reason, @restriction, @actor, @at)`,
  ).run({ ...input, restriction: markingText(input.restriction), actor, at });
}

export function findAmendmentConference(db: Db, id: string): string | undefined {
  return db.prepare('SELECT conference_id FROM amendment WHERE id = ?').pluck().get(id) as string | undefined;
}

export function listAmendments(db: Db, conferenceId: string): Amendment[] {
  const rows = db.prepare('SELECT * FROM amendment WHERE conference_id = ? ORDER BY amended_at, rowid').all(conferenceId) as {
    id: string;
    section: Amendment['section'];
    entity_id: string | null;
    original: string;
    correction: string;
    reason: string;
    restriction: string;
    amended_by: string;
    amended_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    section: row.section,
    entityId: row.entity_id,
    original: row.original,
    correction: row.correction,
    reason: row.reason,
    restriction: readMarking(row.restriction),
    amendedBy: row.amended_by,
    amendedAt: row.amended_at,
  }));
}

export function listAuditEvents(db: Db, conferenceId: string): { seq: number; at: string; actor: string; action: string; entity: string; entity_id: string }[] {
  return db.prepare('SELECT seq, at, actor, action, entity, entity_id FROM audit_event WHERE conference_id = ? ORDER BY seq').all(conferenceId) as {
    seq: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string;
  }[];
}
