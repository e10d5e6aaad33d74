import type { DecisionRecord } from '../../shared/decision/record';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import type { RecordSent, SaveRecipient } from '../../shared/letter/distribution';
import { reviewDateProblems } from '../../shared/plan/rules';
import type { Owner, PlanDetails, SaveAction, SaveOutcome } from '../../shared/plan/schema';
import { compareIsoDates } from '../../shared/dates/local-date';
import { appendAudit } from '../../db/audit/queries';
import { listStatements, ownerOf } from '../../db/decision/queries';
import { deleteAction, deleteOutcome, deleteRecipient, insertSent, listOutcomes, listRecipients, upsertAction, upsertOutcome, upsertPlan, upsertRecipient } from '../../db/plan/queries';
import { checkMarking } from './audience';
import type { HandlerContext } from './context';
import { assertOwnedBy } from './decision';
import { getDecisionRecord, peopleOf } from './decision-record';
import { changeConference, editableConference, existingConference } from './guard';

function refuse(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
}

export function savePlan(context: HandlerContext, conferenceId: string, plan: PlanDetails): DecisionRecord {
  const row = editableConference(context, conferenceId);
  const people = peopleOf(context, row);
  const fields: Record<string, string> = {};
  plan.visits.forEach((visit, index) => {
    if (!people.children.has(visit.childId)) fields[`plan.visits.${index}.childId`] = 'Choose one of this family’s children.';
    checkMarking(visit.restriction, people, `plan.visits.${index}.restriction`, fields);
  });
  plan.coreGroup.forEach((member, index) => {
    if (!people.describe(member)) fields[`plan.coreGroup.${index}`] = 'Choose someone from the list.';
  });
  if (plan.firstCoreGroupDate !== null && compareIsoDates(plan.firstCoreGroupDate, row.scheduled_date) <= 0) {
    fields['plan.firstCoreGroupDate'] = 'The first core group is after the conference.';
  }
  if (plan.nextReviewDate !== null && compareIsoDates(plan.nextReviewDate, row.scheduled_date) <= 0) {
    fields['plan.nextReviewDate'] = 'The next review is after this conference.';
  }
  const proposed = getDecisionRecord(context, conferenceId).plan.proposedNextReviewDate;
  for (const problem of reviewDateProblems(plan, proposed)) fields[`plan.${problem.path}`] ??= problem.message;
  checkMarking(plan.contingencyRestriction, people, 'plan.contingencyRestriction', fields);
  checkMarking(plan.familyNetwork.familyPlanRestriction, people, 'plan.familyNetwork.familyPlanRestriction', fields);
  checkMarking(plan.broughtForwardReasonRestriction, people, 'plan.broughtForwardReasonRestriction', fields);
  refuse(fields);
  changeConference(context, conferenceId, { action: 'update', entity: 'plan', entityId: conferenceId }, (at) => upsertPlan(context.db, conferenceId, plan, at));
  return getDecisionRecord(context, conferenceId);
}

export function saveOutcome(context: HandlerContext, input: SaveOutcome): DecisionRecord {
  const row = editableConference(context, input.conferenceId);
  assertOwnedBy(context, 'plan_outcome', input.id, input.conferenceId);
  const people = peopleOf(context, row);
  const fields: Record<string, string> = {};
  input.childIds.forEach((id, index) => {
    if (!people.children.has(id)) fields[`childIds.${index}`] = 'Choose one of this family’s children.';
  });
  if (input.dangerStatementId !== null && !listStatements(context.db, input.conferenceId).some((s) => s.id === input.dangerStatementId && s.kind === 'danger')) {
    fields['dangerStatementId'] = 'Choose one of this conference’s danger statements.';
  }
  checkMarking(input.restriction, people, 'restriction', fields);
  refuse(fields);
  const isNew = ownerOf(context.db, 'plan_outcome', input.id) === undefined;
  changeConference(context, input.conferenceId, { action: isNew ? 'create' : 'update', entity: 'plan-outcome', entityId: input.id }, (at) => {
    const carried = listOutcomes(context.db, input.conferenceId).find((o) => o.id === input.id)?.carriedFromId ?? null;
    upsertOutcome(context.db, { ...input, carriedFromId: carried }, at);
  });
  return getDecisionRecord(context, input.conferenceId);
}

export function removeOutcome(context: HandlerContext, conferenceId: string, id: string): DecisionRecord {
  if (ownerOf(context.db, 'plan_outcome', id) !== conferenceId) throw new NotFoundError('This outcome');
  changeConference(context, conferenceId, { action: 'delete', entity: 'plan-outcome', entityId: id }, () => deleteOutcome(context.db, id));
  return getDecisionRecord(context, conferenceId);
}

function checkOwners(people: ReturnType<typeof peopleOf>, owners: readonly Owner[], path: string, fields: Record<string, string>): void {
  owners.forEach((owner, index) => {
    if (owner.kind !== 'named' && !people.describe(owner)) fields[`${path}.${index}`] = 'Choose someone from the list.';
  });
}

export function saveAction(context: HandlerContext, input: SaveAction): DecisionRecord {
  const row = editableConference(context, input.conferenceId);
  assertOwnedBy(context, 'plan_action', input.id, input.conferenceId);
  const fields: Record<string, string> = {};
  if (ownerOf(context.db, 'plan_outcome', input.outcomeId) !== input.conferenceId) fields['outcomeId'] = 'Choose one of this plan’s outcomes.';
  const people = peopleOf(context, row);
  checkOwners(people, input.owners, 'owners', fields);
  checkMarking(input.restriction, people, 'restriction', fields);
  refuse(fields);
  const isNew = ownerOf(context.db, 'plan_action', input.id) === undefined;
  changeConference(context, input.conferenceId, { action: isNew ? 'create' : 'update', entity: 'plan-action', entityId: input.id }, (at) => {
    const carried = context.db.prepare('SELECT carried_from_id FROM plan_action WHERE id = ?').pluck().get(input.id) as string | null | undefined;
    upsertAction(context.db, { ...input, carriedFromId: carried ?? null }, at);
  });
  return getDecisionRecord(context, input.conferenceId);
}

export function removeAction(context: HandlerContext, conferenceId: string, id: string): DecisionRecord {
  if (ownerOf(context.db, 'plan_action', id) !== conferenceId) throw new NotFoundError('This action');
  changeConference(context, conferenceId, { action: 'delete', entity: 'plan-action', entityId: id }, () => deleteAction(context.db, id));
  return getDecisionRecord(context, conferenceId);
}

// Distribution: who receives what is decided with the record; what was sent is logged after.

export function saveRecipient(context: HandlerContext, input: SaveRecipient): DecisionRecord {
  const row = editableConference(context, input.conferenceId);
  assertOwnedBy(context, 'distribution_recipient', input.id, input.conferenceId);
  const fields: Record<string, string> = {};
  checkOwners(peopleOf(context, row), [input.recipient], 'recipient', fields);
  if (fields['recipient.0']) fields['recipient'] = fields['recipient.0'];
  delete fields['recipient.0'];
  if (input.recipient.kind === 'family-member' && input.documents.includes('full-record')) {
    fields['documents'] = 'A family member receives the family’s version, never the full record with restricted information.';
  }
  const duplicate = listRecipients(context.db, input.conferenceId).some((r) => r.id !== input.id && JSON.stringify(r.recipient) === JSON.stringify(input.recipient));
  if (duplicate) fields['recipient'] = 'This person is already on the distribution list.';
  refuse(fields);
  const isNew = ownerOf(context.db, 'distribution_recipient', input.id) === undefined;
  changeConference(context, input.conferenceId, { action: isNew ? 'create' : 'update', entity: 'distribution-recipient', entityId: input.id }, (at) =>
    upsertRecipient(context.db, input, at),
  );
  return getDecisionRecord(context, input.conferenceId);
}

export function removeRecipient(context: HandlerContext, conferenceId: string, id: string): DecisionRecord {
  if (ownerOf(context.db, 'distribution_recipient', id) !== conferenceId) throw new NotFoundError('This recipient');
  changeConference(context, conferenceId, { action: 'delete', entity: 'distribution-recipient', entityId: id }, () => deleteRecipient(context.db, id));
  return getDecisionRecord(context, conferenceId);
}

/**
 * Records that a document was sent. Documents go out after the conference, often after sign-off,
 * so this is a log that only grows, allowed on a finalised conference.
 */
export function recordSent(context: HandlerContext, input: RecordSent): DecisionRecord {
  const row = existingConference(context, input.conferenceId);
  const recipient = listRecipients(context.db, input.conferenceId).find((r) => r.id === input.recipientId);
  if (!recipient) throw new NotFoundError('This recipient');
  const fields: Record<string, string> = {};
  if (!recipient.documents.includes(input.document)) fields['document'] = 'This person does not receive that document.';
  if (compareIsoDates(input.sentOn, row.scheduled_date) < 0) fields['sentOn'] = 'A document is sent on or after the conference.';
  refuse(fields);
  if (input.document !== 'decision-letter' && row.status !== 'finalised') {
    throw new ConflictError('The record and the plan are sent once the chair has finalised the conference.');
  }
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      insertSent(context.db, input, context.actor, at);
      appendAudit(context.db, { at, actor: context.actor, action: 'export', entity: 'distribution-sent', entityId: input.recipientId, conferenceId: input.conferenceId });
    })
    .immediate();
  return getDecisionRecord(context, input.conferenceId);
}
