/**
 * The family's feedback after the meeting (issue 17): one person's answers at a time, on the
 * laptop in family mode or typed in later from the printed form. Kept apart from the record:
 * nothing here is read by a document, the search or a handover, and only counts come back out.
 * Families answer after the conference is finalised, so the sign-off lock does not apply.
 */
import { appendAudit } from '../../db/audit/queries';
import { readFamilyMode } from '../../db/family-mode/queries';
import { countFeedback, insertFeedback } from '../../db/feedback/queries';
import { listFamilyMembers } from '../../db/family/queries';
import { isInvited } from '../../db/invitations/queries';
import { localIsoDate } from '../../shared/dates/local-date';
import { LockedError, ValidationError } from '../../shared/contract/result';
import type { FeedbackRespondent } from '../../shared/feedback/questions';
import { FAMILY_MODE_MESSAGE, type FeedbackCounts, type FeedbackForm, type RecordFeedback } from '../../shared/feedback/schema';
import type { FamilyMember } from '../../shared/family/schema';
import type { HandlerContext } from './context';
import { existingConference } from './guard';

function respondentOf(member: FamilyMember): FeedbackRespondent {
  return member.kind === 'parent-or-carer' ? 'parent-or-carer' : 'family-network';
}

/** In family mode only the conference the chair started it for can be answered about. */
function refuseOtherConference(context: HandlerContext, conferenceId: string): boolean {
  const mode = readFamilyMode(context.db);
  if (mode && mode.conferenceId !== conferenceId) throw new LockedError(FAMILY_MODE_MESSAGE);
  return mode !== undefined;
}

/** The family members invited to this conference, who may choose their own name on the form. */
function invitedMembers(context: HandlerContext, conferenceId: string, familyId: string): FamilyMember[] {
  return listFamilyMembers(context.db, familyId).filter((member) => isInvited(context.db, conferenceId, { familyMemberId: member.id }));
}

export function getFeedbackForm(context: HandlerContext, conferenceId: string): FeedbackForm {
  const familyMode = refuseOtherConference(context, conferenceId);
  const conference = existingConference(context, conferenceId);
  const people = invitedMembers(context, conferenceId, conference.family_id).map((member) => ({ familyMemberId: member.id, name: member.displayName, respondent: respondentOf(member) }));
  return { conferenceId, people, familyMode };
}

export function recordFeedback(context: HandlerContext, input: RecordFeedback): { saved: true } {
  const familyMode = refuseOtherConference(context, input.conferenceId);
  const conference = existingConference(context, input.conferenceId);
  const today = localIsoDate(context.now());
  if (input.familyMemberId !== null) {
    // Someone of this family who was invited to this conference, answering as who they are.
    const member = invitedMembers(context, input.conferenceId, conference.family_id).find((m) => m.id === input.familyMemberId);
    if (!member) throw new ValidationError('Choose a name from the list, or answer without a name.', { familyMemberId: 'Choose a name from the list, or answer without a name.' });
    if (respondentOf(member) !== input.respondent) {
      throw new ValidationError('This does not match who they are to the family.', { respondent: 'This does not match who they are to the family.' });
    }
  }
  const givenOn = familyMode ? today : (input.givenOn ?? today);
  if (givenOn > today) throw new ValidationError('The date on the form cannot be in the future.', { givenOn: 'The date on the form cannot be in the future.' });
  const id = context.newId();
  const at = context.now().toISOString();
  context.db.transaction(() => {
    insertFeedback(context.db, {
      id,
      conferenceId: input.conferenceId,
      givenOn,
      respondent: input.respondent,
      familyMemberId: input.familyMemberId,
      // On the laptop in family mode, whatever the window says.
      how: familyMode ? 'on-the-laptop' : input.how,
      answers: input.answers,
      anythingElse: input.anythingElse,
      recordedAt: at,
    });
    // Kept apart from the record: the trail says an answer was recorded, not for which conference.
    appendAudit(context.db, { at, actor: context.actor, action: 'create', entity: 'family-feedback', entityId: id, conferenceId: null });
  })();
  return { saved: true };
}

export function feedbackCounts(context: HandlerContext, conferenceId: string): FeedbackCounts {
  existingConference(context, conferenceId);
  return { conferenceId, ...countFeedback(context.db, conferenceId) };
}
