import type { Application } from '../../electron/handlers/app';
import { ok } from './calls';

/**
 * A fictional family for the family's side (issue 17), not the example family: Grace Adeyemi and
 * Daniel Byrne, parents; Amara (11 on the day) and Tobi; Ngozi Adeyemi in the family network; a
 * social worker whose report was shared; an advocate who supports Grace only.
 */
export const ADEYEMI = {
  reason: 'Amara told her teacher that she is scared when there is shouting at home.',
  advocate: 'Rosa Field',
  socialWorker: 'Hannah Lee',
  chair: 'Martin Cole',
  network: 'Ngozi Adeyemi',
} as const;

export interface AdeyemiConference {
  readonly conferenceId: string;
  readonly familyId: string;
  readonly grace: string;
  readonly daniel: string;
  readonly ngozi: string;
  readonly amara: string;
  readonly tobi: string;
}

export async function adeyemiConference(app: Application): Promise<AdeyemiConference> {
  const created = await ok(app, 'createConference', {
    type: 'initial',
    scheduledDate: '2026-03-19',
    scheduledTime: '10:00',
    children: [
      { status: 'born', givenName: 'Amara', familyName: 'Adeyemi', dateOfBirth: '2014-05-01' },
      { status: 'born', givenName: 'Tobi', familyName: 'Byrne', dateOfBirth: '2020-02-10' },
    ],
  });
  const conferenceId = created.id;
  const [amara, tobi] = created.children.map((child) => child.id) as [string, string];
  const chair = await ok(app, 'createProfessional', { professional: { name: ADEYEMI.chair, role: 'Conference chair', agency: 'childrens-social-care' } });
  const worker = await ok(app, 'createProfessional', { professional: { name: ADEYEMI.socialWorker, role: 'Social worker', agency: 'childrens-social-care' } });
  const advocate = await ok(app, 'createProfessional', { professional: { name: ADEYEMI.advocate, role: 'Parent advocate', agency: 'parent-advocacy' } });
  await ok(app, 'updateConferenceDetails', {
    conferenceId,
    details: { type: 'initial', scheduledDate: '2026-03-19', scheduledTime: '10:00', mode: 'hybrid', venue: 'Riverside Family Centre', chairId: chair.id, chairRoleLabel: 'Chair', leadPractitionerId: worker.id },
  });
  const member = (givenName: string, familyName: string, kind: 'parent-or-carer' | 'family-network', childIds: string[], extra: Record<string, unknown> = {}) =>
    ok(app, 'addFamilyMember', {
      conferenceId,
      member: { kind, givenName, familyName, livesInHousehold: kind === 'parent-or-carer', relationships: childIds.map((childId) => ({ childId, relationship: kind === 'parent-or-carer' ? 'Parent' : 'Aunt', parentalResponsibility: kind === 'parent-or-carer' })), ...extra },
    });
  await member('Grace', 'Adeyemi', 'parent-or-carer', [amara, tobi], { interpreterLanguage: 'Yoruba' });
  // Daniel lives elsewhere: what is kept from him can still reach Grace's copy at home.
  await member('Daniel', 'Byrne', 'parent-or-carer', [tobi], { livesInHousehold: false });
  const withAll = await member('Ngozi', 'Adeyemi', 'family-network', [amara]);
  const id = (given: string) => withAll.familyMembers.find((m) => m.givenName === given)?.id ?? '';
  const [grace, daniel, ngozi] = [id('Grace'), id('Daniel'), id('Ngozi')];
  for (const familyMemberId of [grace, daniel, ngozi]) await ok(app, 'invite', { kind: 'family-member', conferenceId, familyMemberId });
  await ok(app, 'invite', { kind: 'professional', conferenceId, professionalId: worker.id });
  const invited = await ok(app, 'invite', { kind: 'professional', conferenceId, professionalId: advocate.id });
  const advocacy = invited.invitations.find((i) => i.invitee.kind === 'professional' && i.invitee.professionalId === advocate.id);
  await ok(app, 'setInvitationSupports', { invitationId: advocacy?.id, supportsFamilyMemberIds: [grace] });
  await ok(app, 'saveAgencyReport', { conferenceId, professionalId: worker.id, receivedDate: '2026-03-10', sharedWithFamily: 'yes', sharedDate: '2026-03-12', notSharedReason: '' });
  return { conferenceId, familyId: created.familyId, grace, daniel, ngozi, amara, tobi };
}
