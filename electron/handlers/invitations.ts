import type { ConferenceDetail } from '../../shared/conference/details';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import type { AgencyReportDetails, InvitationResponse, SetInvitationSupports } from '../../shared/invitations/schema';
import { findFamilyMemberFamily } from '../../db/family/queries';
import {
  deleteAgencyReport,
  deleteInvitation,
  findAgencyReportConference,
  findInvitationConference,
  insertInvitation,
  isInvited,
  updateInvitationResponse,
  updateInvitationSupports,
  upsertAgencyReport,
} from '../../db/invitations/queries';
import { findProfessional } from '../../db/professionals/queries';
import type { HandlerContext } from './context';
import { getConference } from './conference';
import { changeConference, editableConference } from './guard';

type Invite =
  | { kind: 'professional'; conferenceId: string; professionalId: string; directContact: boolean }
  | { kind: 'family-member'; conferenceId: string; familyMemberId: string };

export function invite(context: HandlerContext, input: Invite): ConferenceDetail {
  const conference = editableConference(context, input.conferenceId);
  if (input.kind === 'professional') {
    if (!findProfessional(context.db, input.professionalId)) throw new NotFoundError('This professional');
    if (isInvited(context.db, input.conferenceId, { professionalId: input.professionalId })) throw new ConflictError('This professional is already invited.');
  } else {
    if (findFamilyMemberFamily(context.db, input.familyMemberId) !== conference.family_id) throw new NotFoundError('This family member');
    if (isInvited(context.db, input.conferenceId, { familyMemberId: input.familyMemberId })) throw new ConflictError('This person is already invited.');
  }
  const invitationId = context.newId();
  changeConference(context, input.conferenceId, { action: 'create', entity: 'invitation', entityId: invitationId }, (at) =>
    insertInvitation(context.db, {
      id: invitationId,
      conferenceId: input.conferenceId,
      professionalId: input.kind === 'professional' ? input.professionalId : null,
      familyMemberId: input.kind === 'family-member' ? input.familyMemberId : null,
      directContact: input.kind === 'professional' ? input.directContact : false,
      at,
    }),
  );
  return getConference(context, input.conferenceId);
}

export function setInvitationResponse(
  context: HandlerContext,
  input: { invitationId: string; response: InvitationResponse; directContact?: boolean | undefined },
): ConferenceDetail {
  const conferenceId = findInvitationConference(context.db, input.invitationId);
  if (!conferenceId) throw new NotFoundError('This invitation');
  changeConference(context, conferenceId, { action: 'update', entity: 'invitation', entityId: input.invitationId }, (at) =>
    updateInvitationResponse(context.db, input.invitationId, input.response, input.directContact, at),
  );
  return getConference(context, conferenceId);
}

/**
 * Whom a professional supports in the family (an advocate, a domestic abuse adviser): only those
 * people's copies name them (issue 13). Empty: the whole family.
 */
export function setInvitationSupports(context: HandlerContext, input: SetInvitationSupports): ConferenceDetail {
  const conferenceId = findInvitationConference(context.db, input.invitationId);
  if (!conferenceId) throw new NotFoundError('This invitation');
  const conference = getConference(context, conferenceId);
  const invitation = conference.invitations.find((i) => i.id === input.invitationId);
  const supports = 'Choose people from this family.';
  if (invitation?.invitee.kind !== 'professional') throw new ValidationError('Only a professional can support someone in the family.', { supportsFamilyMemberIds: supports });
  const family = new Set(conference.familyMembers.map((m) => m.id));
  if (input.supportsFamilyMemberIds.some((id) => !family.has(id))) throw new ValidationError(supports, { supportsFamilyMemberIds: supports });
  changeConference(context, conferenceId, { action: 'update', entity: 'invitation', entityId: input.invitationId }, (at) =>
    updateInvitationSupports(context.db, input.invitationId, input.supportsFamilyMemberIds, at),
  );
  return getConference(context, conferenceId);
}

export function removeInvitation(context: HandlerContext, invitationId: string): ConferenceDetail {
  const conferenceId = findInvitationConference(context.db, invitationId);
  if (!conferenceId) throw new NotFoundError('This invitation');
  changeConference(context, conferenceId, { action: 'delete', entity: 'invitation', entityId: invitationId }, () => deleteInvitation(context.db, invitationId));
  return getConference(context, conferenceId);
}

export function saveAgencyReport(context: HandlerContext, report: AgencyReportDetails): ConferenceDetail {
  editableConference(context, report.conferenceId);
  if (!findProfessional(context.db, report.professionalId)) throw new NotFoundError('This professional');
  const reportId = context.newId();
  changeConference(context, report.conferenceId, { action: 'update', entity: 'agency-report', entityId: report.professionalId }, (at) =>
    upsertAgencyReport(context.db, reportId, report, at),
  );
  return getConference(context, report.conferenceId);
}

export function removeAgencyReport(context: HandlerContext, reportId: string): ConferenceDetail {
  const conferenceId = findAgencyReportConference(context.db, reportId);
  if (!conferenceId) throw new NotFoundError('This report');
  changeConference(context, conferenceId, { action: 'delete', entity: 'agency-report', entityId: reportId }, () => deleteAgencyReport(context.db, reportId));
  return getConference(context, conferenceId);
}
