import type { DocumentKind, SaveRecipient } from '../../shared/letter/distribution';
import type { Owner, PlanDetails, SaveAction, SaveOutcome } from '../../shared/plan/schema';
import { FOR_EVERYONE } from '../../shared/audience/restriction';
import { markingText, readMarking, withMarkings } from '../audience/markings';
import type { Db } from '../open';

interface PlanRow {
  readonly visits: string;
  readonly family_network: string;
  readonly contingency: string;
  readonly contingency_restriction: string;
  readonly family_plan_restriction: string;
  readonly core_group: string;
  readonly core_group_note: string;
  readonly first_core_group_date: string | null;
  readonly next_review_date: string | null;
  readonly brought_forward_reason: string;
  readonly brought_forward_reason_restriction: string;
}

export const EMPTY_PLAN: PlanDetails = {
  visits: [],
  familyNetwork: { fgdm: 'not-offered', fgdmDate: null, coordinator: '', familyPlan: '', familyPlanRestriction: FOR_EVERYONE, fnspRequested: false, fnspItems: [] },
  contingency: '',
  contingencyRestriction: FOR_EVERYONE,
  coreGroup: [],
  coreGroupNote: '',
  firstCoreGroupDate: null,
  nextReviewDate: null,
  broughtForwardReason: '',
  broughtForwardReasonRestriction: FOR_EVERYONE,
};

export function findPlan(db: Db, conferenceId: string): PlanDetails | undefined {
  const row = db.prepare('SELECT * FROM plan WHERE conference_id = ?').get(conferenceId) as PlanRow | undefined;
  if (!row) return undefined;
  // The network's plan's marking has its own column; the JSON holds the rest of the network's part.
  const network = JSON.parse(row.family_network) as Omit<PlanDetails['familyNetwork'], 'familyPlanRestriction'>;
  return {
    // Each child's visit carries its own marking; one stored before visits had markings is for everyone.
    visits: withMarkings<Omit<PlanDetails['visits'][number], 'restriction'>>(row.visits),
    familyNetwork: { ...network, familyPlanRestriction: readMarking(row.family_plan_restriction) },
    contingency: row.contingency,
    contingencyRestriction: readMarking(row.contingency_restriction),
    coreGroup: JSON.parse(row.core_group) as PlanDetails['coreGroup'],
    coreGroupNote: row.core_group_note,
    firstCoreGroupDate: row.first_core_group_date,
    nextReviewDate: row.next_review_date,
    broughtForwardReason: row.brought_forward_reason,
    broughtForwardReasonRestriction: readMarking(row.brought_forward_reason_restriction),
  };
}

export function upsertPlan(db: Db, conferenceId: string, plan: PlanDetails, at: string): void {
  const { familyPlanRestriction, ...network } = plan.familyNetwork;
  db.prepare(
    `INSERT INTO plan (conference_id, visits, family_network, family_plan_restriction, contingency, contingency_restriction, core_group, core_group_note,
       first_core_group_date, next_review_date, brought_forward_reason, brought_forward_reason_restriction, updated_at)
     VALUES (@conferenceId, @visits, @familyNetwork, @familyPlanRestriction, @contingency, @contingencyRestriction, @coreGroup, @coreGroupNote,
       @firstCoreGroupDate, @nextReviewDate, @broughtForwardReason, @broughtForwardReasonRestriction, @at)
     ON CONFLICT (conference_id) DO UPDATE SET visits = excluded.visits, family_network = excluded.family_network,
       family_plan_restriction = excluded.family_plan_restriction, contingency = excluded.contingency, contingency_restriction = excluded.contingency_restriction,
       core_group = excluded.core_group, core_group_note = excluded.core_group_note, first_core_group_date = excluded.first_core_group_date,
       next_review_date = excluded.next_review_date, brought_forward_reason = excluded.brought_forward_reason,
       brought_forward_reason_restriction = excluded.brought_forward_reason_restriction, updated_at = excluded.updated_at`,
  ).run({
    conferenceId,
    visits: JSON.stringify(plan.visits),
    familyNetwork: JSON.stringify(network),
    familyPlanRestriction: markingText(familyPlanRestriction),
    contingency: plan.contingency,
    contingencyRestriction: markingText(plan.contingencyRestriction),
    coreGroup: JSON.stringify(plan.coreGroup),
    coreGroupNote: plan.coreGroupNote,
    firstCoreGroupDate: plan.firstCoreGroupDate,
    nextReviewDate: plan.nextReviewDate,
    broughtForwardReason: plan.broughtForwardReason,
    broughtForwardReasonRestriction: markingText(plan.broughtForwardReasonRestriction),
    at,
  });
}

interface OutcomeRow {
  readonly id: string;
  readonly text: string;
  readonly measure: string;
  readonly child_ids: string;
  readonly danger_statement_id: string | null;
  readonly carried_from_id: string | null;
  readonly progress: SaveOutcome['progress'];
  readonly progress_note: string;
  readonly restriction: string;
}

export interface StoredOutcome extends Omit<SaveOutcome, 'conferenceId'> {
  readonly carriedFromId: string | null;
}

export function listOutcomes(db: Db, conferenceId: string): StoredOutcome[] {
  return (db.prepare('SELECT * FROM plan_outcome WHERE conference_id = ? ORDER BY position, rowid').all(conferenceId) as OutcomeRow[]).map((row) => ({
    id: row.id,
    text: row.text,
    measure: row.measure,
    childIds: JSON.parse(row.child_ids) as string[],
    dangerStatementId: row.danger_statement_id,
    progress: row.progress,
    progressNote: row.progress_note,
    restriction: readMarking(row.restriction),
    carriedFromId: row.carried_from_id,
  }));
}

export function upsertOutcome(db: Db, input: SaveOutcome & { carriedFromId?: string | null }, at: string): void {
  db.prepare(
    `INSERT INTO plan_outcome (id, conference_id, text, measure, child_ids, danger_statement_id, carried_from_id, progress, progress_note, restriction, position, created_at, updated_at)
     VALUES (@id, @conferenceId, @text, @measure, @childIds, @dangerStatementId, @carriedFromId, @progress, @progressNote, @restriction,
       (SELECT COALESCE(MAX(position), -1) + 1 FROM plan_outcome WHERE conference_id = @conferenceId), @at, @at)
     ON CONFLICT (id) DO UPDATE SET text = excluded.text, measure = excluded.measure, child_ids = excluded.child_ids,
       danger_statement_id = excluded.danger_statement_id, progress = excluded.progress, progress_note = excluded.progress_note,
       restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({ ...input, childIds: JSON.stringify(input.childIds), carriedFromId: input.carriedFromId ?? null, restriction: markingText(input.restriction), at });
}

export function deleteOutcome(db: Db, id: string): void {
  db.prepare('DELETE FROM plan_outcome WHERE id = ?').run(id);
}

interface ActionRow {
  readonly id: string;
  readonly outcome_id: string;
  readonly what: string;
  readonly owners: string;
  readonly due_date: string | null;
  readonly frequency: string;
  readonly reports_to: string;
  readonly carried_from_id: string | null;
  readonly progress: SaveAction['progress'];
  readonly progress_note: string;
  readonly restriction: string;
}

export interface StoredAction extends Omit<SaveAction, 'conferenceId'> {
  readonly carriedFromId: string | null;
}

export function listActions(db: Db, conferenceId: string): StoredAction[] {
  return (
    db
      .prepare('SELECT a.* FROM plan_action a JOIN plan_outcome o ON o.id = a.outcome_id WHERE a.conference_id = ? ORDER BY o.position, a.position, a.rowid')
      .all(conferenceId) as ActionRow[]
  ).map((row) => ({
    id: row.id,
    outcomeId: row.outcome_id,
    what: row.what,
    owners: JSON.parse(row.owners) as Owner[],
    dueDate: row.due_date,
    frequency: row.frequency,
    reportsTo: row.reports_to,
    progress: row.progress,
    progressNote: row.progress_note,
    restriction: readMarking(row.restriction),
    carriedFromId: row.carried_from_id,
  }));
}

export function upsertAction(db: Db, input: SaveAction & { carriedFromId?: string | null }, at: string): void {
  db.prepare(
    `INSERT INTO plan_action (id, conference_id, outcome_id, what, owners, due_date, frequency, reports_to, carried_from_id, progress, progress_note, restriction, position, created_at, updated_at)
     VALUES (@id, @conferenceId, @outcomeId, @what, @owners, @dueDate, @frequency, @reportsTo, @carriedFromId, @progress, @progressNote, @restriction,
       (SELECT COALESCE(MAX(position), -1) + 1 FROM plan_action WHERE outcome_id = @outcomeId), @at, @at)
     ON CONFLICT (id) DO UPDATE SET outcome_id = excluded.outcome_id, what = excluded.what, owners = excluded.owners, due_date = excluded.due_date,
       frequency = excluded.frequency, reports_to = excluded.reports_to, progress = excluded.progress, progress_note = excluded.progress_note,
       restriction = excluded.restriction, updated_at = excluded.updated_at`,
  ).run({ ...input, owners: JSON.stringify(input.owners), carriedFromId: input.carriedFromId ?? null, restriction: markingText(input.restriction), at });
}

export function deleteAction(db: Db, id: string): void {
  db.prepare('DELETE FROM plan_action WHERE id = ?').run(id);
}

// Distribution: who receives what, and the log of what was sent.

export function listRecipients(db: Db, conferenceId: string): { id: string; recipient: Owner; documents: DocumentKind[] }[] {
  const rows = db.prepare('SELECT id, recipient, documents FROM distribution_recipient WHERE conference_id = ? ORDER BY created_at, rowid').all(conferenceId) as {
    id: string;
    recipient: string;
    documents: string;
  }[];
  return rows.map((row) => ({ id: row.id, recipient: JSON.parse(row.recipient) as Owner, documents: JSON.parse(row.documents) as DocumentKind[] }));
}

export function upsertRecipient(db: Db, input: SaveRecipient, at: string): void {
  db.prepare(
    `INSERT INTO distribution_recipient (id, conference_id, recipient, documents, created_at, updated_at) VALUES (@id, @conferenceId, @recipient, @documents, @at, @at)
     ON CONFLICT (id) DO UPDATE SET recipient = excluded.recipient, documents = excluded.documents, updated_at = excluded.updated_at`,
  ).run({ id: input.id, conferenceId: input.conferenceId, recipient: JSON.stringify(input.recipient), documents: JSON.stringify([...new Set(input.documents)]), at });
}

export function deleteRecipient(db: Db, id: string): void {
  db.prepare('DELETE FROM distribution_recipient WHERE id = ?').run(id);
}

export function listSent(db: Db, conferenceId: string): { recipient_id: string; document: DocumentKind; sent_on: string }[] {
  return db.prepare('SELECT recipient_id, document, sent_on FROM distribution_sent WHERE conference_id = ? ORDER BY seq').all(conferenceId) as {
    recipient_id: string;
    document: DocumentKind;
    sent_on: string;
  }[];
}

export function insertSent(db: Db, input: { conferenceId: string; recipientId: string; document: DocumentKind; sentOn: string }, actor: string, at: string): void {
  db.prepare(
    'INSERT INTO distribution_sent (conference_id, recipient_id, document, sent_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(input.conferenceId, input.recipientId, input.document, input.sentOn, at, actor);
}
