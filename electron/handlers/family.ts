import type { ConferenceDetail } from '../../shared/conference/details';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import { compareIsoDates, localIsoDate } from '../../shared/dates/local-date';
import type { ChildDetails, FamilyMemberDetails } from '../../shared/family/schema';
import { conferencesOfFamily } from '../../db/conference/queries';
import {
  countChildren,
  deleteChild,
  deleteFamilyMember,
  findChild,
  findFamilyMemberFamily,
  insertChild,
  insertFamilyMember,
  listChildren,
  listFamilyMembers,
  updateChild as updateChildRow,
  updateFamilyMember as updateFamilyMemberRow,
} from '../../db/family/queries';
import { refuseRemovingNamed } from './audience';
import type { HandlerContext } from './context';
import { getConference } from './conference';
import { changeConference, editableConference } from './guard';

/**
 * A family's children and adults belong to the family, and so to every conference about it.
 * Changes are made through one conference, the one the chair is working on.
 */
export function addChild(context: HandlerContext, conferenceId: string, details: ChildDetails): ConferenceDetail {
  const conference = editableConference(context, conferenceId);
  checkChild(details, localIsoDate(context.now()));
  const childId = context.newId();
  changeConference(context, conferenceId, { action: 'create', entity: 'child', entityId: childId }, (at) =>
    insertChild(context.db, { id: childId, familyId: conference.family_id, at, details }),
  );
  return getConference(context, conferenceId);
}

export function updateChild(context: HandlerContext, childId: string, details: ChildDetails): ConferenceDetail {
  const child = findChild(context.db, childId);
  if (!child) throw new NotFoundError('This child');
  checkChild(details, localIsoDate(context.now()));
  const conferenceId = currentConference(context, child.familyId);
  changeConference(context, conferenceId, { action: 'update', entity: 'child', entityId: childId }, (at) =>
    updateChildRow(context.db, childId, details, at),
  );
  return getConference(context, conferenceId);
}

/** The unborn baby becomes a born child; the expected date is kept, so its history stays whole. */
export function recordBirth(context: HandlerContext, input: { childId: string; givenName: string; dateOfBirth: string }): ConferenceDetail {
  const child = findChild(context.db, input.childId);
  if (!child) throw new NotFoundError('This child');
  if (!child.isUnborn) throw new ConflictError('This child’s birth is already recorded.');
  if (compareIsoDates(input.dateOfBirth, localIsoDate(context.now())) > 0) {
    throw new ValidationError('Please correct the highlighted answer.', { dateOfBirth: 'The date of birth cannot be in the future.' });
  }
  return updateChild(context, input.childId, { ...child, givenName: input.givenName, dateOfBirth: input.dateOfBirth });
}

export function removeChild(context: HandlerContext, childId: string): ConferenceDetail {
  const child = findChild(context.db, childId);
  if (!child) throw new NotFoundError('This child');
  if (countChildren(context.db, child.familyId) <= 1) {
    throw new ConflictError('A conference needs at least one child, so the last child cannot be removed.');
  }
  // A decision is part of the record: removing the child must not quietly remove it too.
  if (context.db.prepare('SELECT 1 FROM decision WHERE child_id = ? LIMIT 1').get(childId)) {
    throw new ConflictError('This child has a decision recorded, so they cannot be removed. If they were added by mistake, record a correction instead.');
  }
  refuseRemovingNamed(context, child.familyId, { kind: 'child', id: childId }, child.displayName);
  const conferenceId = currentConference(context, child.familyId);
  changeConference(context, conferenceId, { action: 'delete', entity: 'child', entityId: childId }, () => deleteChild(context.db, childId));
  return getConference(context, conferenceId);
}

export function addFamilyMember(context: HandlerContext, conferenceId: string, details: FamilyMemberDetails): ConferenceDetail {
  const conference = editableConference(context, conferenceId);
  checkRelationships(context, conference.family_id, details);
  const memberId = context.newId();
  changeConference(context, conferenceId, { action: 'create', entity: 'family-member', entityId: memberId }, (at) =>
    insertFamilyMember(context.db, { id: memberId, familyId: conference.family_id, at, details }),
  );
  return getConference(context, conferenceId);
}

export function updateFamilyMember(context: HandlerContext, familyMemberId: string, details: FamilyMemberDetails): ConferenceDetail {
  const familyId = findFamilyMemberFamily(context.db, familyMemberId);
  if (!familyId) throw new NotFoundError('This person');
  checkRelationships(context, familyId, details);
  const conferenceId = currentConference(context, familyId);
  changeConference(context, conferenceId, { action: 'update', entity: 'family-member', entityId: familyMemberId }, (at) =>
    updateFamilyMemberRow(context.db, familyMemberId, details, at),
  );
  return getConference(context, conferenceId);
}

export function removeFamilyMember(context: HandlerContext, familyMemberId: string): ConferenceDetail {
  const familyId = findFamilyMemberFamily(context.db, familyMemberId);
  if (!familyId) throw new NotFoundError('This person');
  const member = listFamilyMembers(context.db, familyId).find((m) => m.id === familyMemberId);
  refuseRemovingNamed(context, familyId, { kind: 'family-member', id: familyMemberId }, member?.displayName ?? 'This person');
  const conferenceId = currentConference(context, familyId);
  changeConference(context, conferenceId, { action: 'delete', entity: 'family-member', entityId: familyMemberId }, () =>
    deleteFamilyMember(context.db, familyMemberId),
  );
  return getConference(context, conferenceId);
}

function checkChild(details: ChildDetails, today: string): void {
  if (details.dateOfBirth !== null && compareIsoDates(details.dateOfBirth, today) > 0) {
    throw new ValidationError('Please correct the highlighted answer.', { dateOfBirth: 'The date of birth cannot be in the future.' });
  }
}

function checkRelationships(context: HandlerContext, familyId: string, details: FamilyMemberDetails): void {
  const children = new Set(listChildren(context.db, familyId).map((child) => child.id));
  const fields: Record<string, string> = {};
  details.relationships.forEach((relationship, index) => {
    if (!children.has(relationship.childId)) fields[`relationships.${index}.childId`] = 'Choose one of this family’s children.';
  });
  if (Object.keys(fields).length > 0) throw new ValidationError('Please correct the highlighted answers.', fields);
}

/** The family's conference that is still open to change (the latest one). */
function currentConference(context: HandlerContext, familyId: string): string {
  const ids = conferencesOfFamily(context.db, familyId);
  const open = ids.map((id) => ({ id, row: context.db.prepare('SELECT status, created_at FROM conference WHERE id = ?').get(id) as { status: string; created_at: string } }))
    .filter((c) => c.row.status !== 'finalised')
    .sort((a, b) => (a.row.created_at < b.row.created_at ? 1 : -1));
  const latest = open[0] ?? (ids[0] ? { id: ids[0] } : undefined);
  if (!latest) throw new NotFoundError('This family’s conference');
  return latest.id;
}
