import type { ConferenceDetail } from '../../shared/conference/details';
import { EXAMPLE_CHILDREN, EXAMPLE_CONFERENCE, EXAMPLE_FAMILY, EXAMPLE_PROFESSIONALS, EXAMPLE_ROLES } from '../../shared/example/price-mills';
import { ChildDetailsSchema, FamilyMemberDetailsSchema } from '../../shared/family/schema';
import { ConferenceDetailsSchema } from '../../shared/conference/details';
import { ProfessionalDetailsSchema } from '../../shared/professionals/schema';
import { AgencyReportDetailsSchema, type InvitationResponse } from '../../shared/invitations/schema';
import { listProfessionals } from '../../db/professionals/queries';
import { addChild, addFamilyMember, updateChild } from './family';
import { createConference, updateConference } from './conference';
import type { HandlerContext } from './context';
import { createProfessional } from './professionals';
import { invite, saveAgencyReport, setInvitationResponse, setInvitationSupports } from './invitations';
import type { ExampleStage } from '../../shared/example/stages';
import { getConference } from './conference';
import { recordExampleMeeting, type ExampleIds } from './example-meeting';
import { finalise } from './signoff';
import { markHeld } from './held';

/**
 * Loads the fictional Price and Mills conference through the same use cases a chair and a
 * minute-taker use, so the example is checked by every rule a real conference is: set up only
 * (the default), held (the meeting recorded, not finalised), or held and finalised.
 */
export function loadExampleConference(context: HandlerContext, stage: ExampleStage = 'set-up'): ConferenceDetail {
  const { detail, ids } = setUpExample(context);
  if (stage === 'set-up') return detail;
  recordExampleMeeting(context, detail, ids);
  // The meeting took place when it was booked: held, and being written up (issue 15).
  markHeld(context, { conferenceId: detail.id, held: { date: EXAMPLE_CONFERENCE.scheduledDate, time: EXAMPLE_CONFERENCE.scheduledTime } });
  if (stage === 'finalised') finalise(context, detail.id);
  return getConference(context, detail.id);
}

/**
 * Sets up the conference: family, professionals, invitations, reports and the default agenda.
 * Professionals already present (same name and agency) are reused rather than duplicated.
 */
function setUpExample(context: HandlerContext): { detail: ConferenceDetail; ids: ExampleIds } {
  const created = createConference(context, {
    type: EXAMPLE_CONFERENCE.type,
    scheduledDate: EXAMPLE_CONFERENCE.scheduledDate,
    scheduledTime: EXAMPLE_CONFERENCE.scheduledTime,
    children: [{ status: 'born', givenName: EXAMPLE_CHILDREN.ruby.givenName, familyName: EXAMPLE_CHILDREN.ruby.familyName, dateOfBirth: EXAMPLE_CHILDREN.ruby.dateOfBirth }],
  });
  const conferenceId = created.id;
  const rubyId = created.children[0]?.id ?? '';
  let detail = created;

  detail = updateChild(context, rubyId, ChildDetailsSchema.parse(EXAMPLE_CHILDREN.ruby));
  detail = addChild(context, conferenceId, ChildDetailsSchema.parse(EXAMPLE_CHILDREN.leo));
  detail = addChild(context, conferenceId, ChildDetailsSchema.parse(EXAMPLE_CHILDREN.unborn));
  const childIds = { ruby: detail.children[0]?.id ?? '', leo: detail.children[1]?.id ?? '', unborn: detail.children[2]?.id ?? '' };

  const memberIds = new Map<string, string>();
  for (const person of EXAMPLE_FAMILY) {
    const details = FamilyMemberDetailsSchema.parse({
      ...person.details,
      relationships: person.relationships.map((r) => ({ childId: childIds[r.child], relationship: r.relationship, parentalResponsibility: r.parentalResponsibility })),
    });
    detail = addFamilyMember(context, conferenceId, details);
    const added = detail.familyMembers.at(-1);
    if (added) memberIds.set(person.key, added.id);
  }

  const existing = listProfessionals(context.db);
  const professionalIds = new Map<string, string>();
  for (const professional of EXAMPLE_PROFESSIONALS) {
    const found = existing.find((p) => p.name === professional.name && p.agency === professional.agency);
    const id =
      found?.id ??
      createProfessional(
        context,
        ProfessionalDetailsSchema.parse({ name: professional.name, role: professional.role, agency: professional.agency, organisation: professional.organisation }),
      ).id;
    professionalIds.set(professional.key, id);
  }

  detail = updateConference(
    context,
    conferenceId,
    ConferenceDetailsSchema.parse({
      ...EXAMPLE_CONFERENCE,
      chairId: professionalIds.get(EXAMPLE_ROLES.chair),
      leadPractitionerId: professionalIds.get(EXAMPLE_ROLES.leadPractitioner),
      minuteTakerId: professionalIds.get(EXAMPLE_ROLES.minuteTaker),
    }),
  );

  for (const person of EXAMPLE_FAMILY) {
    const familyMemberId = memberIds.get(person.key);
    if (!person.invited || !familyMemberId) continue;
    detail = invite(context, { kind: 'family-member', conferenceId, familyMemberId });
    detail = respond(context, detail, familyMemberId, person.invited);
  }
  for (const professional of EXAMPLE_PROFESSIONALS) {
    const professionalId = professionalIds.get(professional.key);
    if (!professionalId) continue;
    if (professional.invited) {
      detail = invite(context, { kind: 'professional', conferenceId, professionalId, directContact: true });
      detail = respond(context, detail, professionalId, professional.invited);
      const invitation = detail.invitations.find((i) => i.invitee.kind === 'professional' && i.invitee.professionalId === professionalId);
      const supports = (professional.supports ?? []).map((key) => memberIds.get(key)).filter((id): id is string => id !== undefined);
      if (invitation && supports.length > 0) detail = setInvitationSupports(context, { invitationId: invitation.id, supportsFamilyMemberIds: supports });
    }
    if (professional.report) {
      detail = saveAgencyReport(context, AgencyReportDetailsSchema.parse({ conferenceId, professionalId, ...professional.report }));
    }
  }
  return { detail, ids: { professionals: professionalIds, members: memberIds, children: childIds } };
}

function respond(context: HandlerContext, detail: ConferenceDetail, inviteeId: string, response: InvitationResponse): ConferenceDetail {
  const invitation = detail.invitations.find((i) =>
    i.invitee.kind === 'professional' ? i.invitee.professionalId === inviteeId : i.invitee.familyMemberId === inviteeId,
  );
  return invitation ? setInvitationResponse(context, { invitationId: invitation.id, response }) : detail;
}
