import type { SaveScale, SaveStatement } from '../../shared/decision/analysis';
import type { DecisionRecord } from '../../shared/decision/record';
import { decisionProblems } from '../../shared/decision/rules';
import type { DecisionDetails, SaveDissent } from '../../shared/decision/schema';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import {
  deleteDissent,
  deleteScale,
  deleteStatement,
  findDecision,
  listStatements,
  ownerOf,
  statementInUse,
  upsertDecision,
  upsertDissent,
  upsertScale,
  upsertStatement,
} from '../../db/decision/queries';
import { checkMarking } from './audience';
import type { HandlerContext } from './context';
import { decisionFacts, getDecisionRecord, peopleOf } from './decision-record';
import { changeConference, editableConference } from './guard';

type Owned = Parameters<typeof ownerOf>[1];

/** An id sent with a save must be new, or belong to this same conference. */
export function assertOwnedBy(context: HandlerContext, table: Owned, id: string, conferenceId: string): void {
  const owner = ownerOf(context.db, table, id);
  if (owner !== undefined && owner !== conferenceId) throw new ConflictError('This record belongs to another conference.');
}

function refuse(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
}

// The analysis.

export function saveStatement(context: HandlerContext, input: SaveStatement): DecisionRecord {
  const row = editableConference(context, input.conferenceId);
  assertOwnedBy(context, 'safety_statement', input.id, input.conferenceId);
  const statements = listStatements(context.db, input.conferenceId);
  const fields: Record<string, string> = {};
  if (input.kind === 'safety-goal') {
    const paired = statements.find((s) => s.id === input.pairedDangerId);
    if (!paired || paired.kind !== 'danger') fields['pairedDangerId'] = 'Choose one of this conference’s danger statements.';
  }
  const existing = statements.find((s) => s.id === input.id);
  if (existing?.kind === 'danger' && input.kind !== 'danger' && statementInUse(context.db, input.id)) {
    fields['kind'] = 'A safety goal or a scale answers this danger statement, so it stays a danger statement.';
  }
  checkMarking(input.restriction, peopleOf(context, row), 'restriction', fields);
  refuse(fields);
  changeConference(context, input.conferenceId, { action: existing ? 'update' : 'create', entity: 'safety-statement', entityId: input.id }, (at) =>
    upsertStatement(context.db, input, at),
  );
  return getDecisionRecord(context, input.conferenceId);
}

export function removeStatement(context: HandlerContext, conferenceId: string, id: string): DecisionRecord {
  if (ownerOf(context.db, 'safety_statement', id) !== conferenceId) throw new NotFoundError('This statement');
  if (statementInUse(context.db, id)) {
    throw new ConflictError('A safety goal or a scale answers this danger statement: change or remove those first.');
  }
  changeConference(context, conferenceId, { action: 'delete', entity: 'safety-statement', entityId: id }, () => deleteStatement(context.db, id));
  return getDecisionRecord(context, conferenceId);
}

export function saveScale(context: HandlerContext, input: SaveScale): DecisionRecord {
  const row = editableConference(context, input.conferenceId);
  assertOwnedBy(context, 'safety_scale', input.id, input.conferenceId);
  const fields: Record<string, string> = {};
  if (!peopleOf(context, row).describe(input.rater)) {
    fields['rater'] = 'Choose someone at this conference.';
  }
  if (input.dangerStatementId !== null && !listStatements(context.db, input.conferenceId).some((s) => s.id === input.dangerStatementId && s.kind === 'danger')) {
    fields['dangerStatementId'] = 'Choose one of this conference’s danger statements, or the overall scale.';
  }
  checkMarking(input.restriction, peopleOf(context, row), 'restriction', fields);
  refuse(fields);
  const isNew = ownerOf(context.db, 'safety_scale', input.id) === undefined;
  changeConference(context, input.conferenceId, { action: isNew ? 'create' : 'update', entity: 'safety-scale', entityId: input.id }, (at) =>
    upsertScale(context.db, input, at),
  );
  return getDecisionRecord(context, input.conferenceId);
}

export function removeScale(context: HandlerContext, conferenceId: string, id: string): DecisionRecord {
  if (ownerOf(context.db, 'safety_scale', id) !== conferenceId) throw new NotFoundError('This scale');
  changeConference(context, conferenceId, { action: 'delete', entity: 'safety-scale', entityId: id }, () => deleteScale(context.db, id));
  return getDecisionRecord(context, conferenceId);
}

// The decision for each child.

export function saveDecision(context: HandlerContext, conferenceId: string, childId: string, decision: DecisionDetails): DecisionRecord {
  const row = editableConference(context, conferenceId);
  const people = peopleOf(context, row);
  if (!people.children.has(childId)) throw new NotFoundError('This child');
  const problems = decisionProblems(decision, decisionFacts(context, row, childId));
  const fields = Object.fromEntries(Object.entries(problems).map(([path, message]) => [`decision.${path}`, message]));
  checkMarking(decision.chairReasonsRestriction, people, 'decision.chairReasonsRestriction', fields);
  decision.agencyViews.forEach((view, index) => checkMarking(view.restriction, people, `decision.agencyViews.${index}.restriction`, fields));
  decision.familyViews.forEach((view, index) => checkMarking(view.restriction, people, `decision.familyViews.${index}.restriction`, fields));
  refuse(fields);
  const existing = findDecision(context.db, conferenceId, childId);
  const id = existing?.id ?? context.newId();
  changeConference(context, conferenceId, { action: existing ? 'update' : 'create', entity: 'decision', entityId: id }, (at) =>
    upsertDecision(context.db, { id, conferenceId, childId, decision }, at),
  );
  return getDecisionRecord(context, conferenceId);
}

export function saveDissent(context: HandlerContext, input: SaveDissent): DecisionRecord {
  const row = editableConference(context, input.conferenceId);
  assertOwnedBy(context, 'dissent', input.id, input.conferenceId);
  const people = peopleOf(context, row);
  const fields: Record<string, string> = {};
  if (!people.children.has(input.childId)) fields['childId'] = 'Choose one of this family’s children.';
  if (!people.professionals.has(input.professionalId)) fields['professionalId'] = 'Choose a professional from the list.';
  if (input.raisedOn < row.scheduled_date) fields['raisedOn'] = 'A disagreement is raised at or after the conference.';
  checkMarking(input.restriction, people, 'restriction', fields);
  refuse(fields);
  const isNew = ownerOf(context.db, 'dissent', input.id) === undefined;
  changeConference(context, input.conferenceId, { action: isNew ? 'create' : 'update', entity: 'dissent', entityId: input.id }, (at) =>
    upsertDissent(context.db, input, at),
  );
  return getDecisionRecord(context, input.conferenceId);
}

export function removeDissent(context: HandlerContext, conferenceId: string, id: string): DecisionRecord {
  if (ownerOf(context.db, 'dissent', id) !== conferenceId) throw new NotFoundError('This disagreement');
  changeConference(context, conferenceId, { action: 'delete', entity: 'dissent', entityId: id }, () => deleteDissent(context.db, id));
  return getDecisionRecord(context, conferenceId);
}
