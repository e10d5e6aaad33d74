import type { Speaker } from '../../../shared/capture/schema';
import { familyMemberRole, professionalRole } from '../../../shared/people/roles';
import type { ConferenceDetail } from '../../../shared/conference/details';

/** Someone who may speak at the conference, numbered for quick picking by keyboard. */
export interface SpeakerOption {
  readonly key: string;
  readonly number: number;
  readonly speaker: Speaker;
  readonly name: string;
  /** Worded as the record words it, so a contribution reads the same before and after a reload. */
  readonly role: string;
}

/** Invited and not known to be absent: apologies and report-only invitees are not in the room. */
function mayBeHere(invitation: ConferenceDetail['invitations'][number]): boolean {
  return invitation.response !== 'apologies' && invitation.response !== 'report-only';
}

/** The chair, everyone invited who may be here (professionals, then family), then the children. */
export function speakerOptions(conference: ConferenceDetail): readonly SpeakerOption[] {
  const options: Omit<SpeakerOption, 'number'>[] = [
    { key: 'chair', speaker: { kind: 'chair' }, name: conference.chair?.name ?? 'The chair', role: `Chair (${conference.details.chairRoleLabel})` },
  ];
  const chairId = conference.chair?.id;
  for (const invitation of conference.invitations.filter(mayBeHere)) {
    const invitee = invitation.invitee;
    if (invitee.kind === 'professional') {
      if (invitee.professionalId === chairId) continue;
      options.push({
        key: `professional:${invitee.professionalId}`,
        speaker: { kind: 'professional', professionalId: invitee.professionalId },
        name: invitee.name,
        role: professionalRole(invitee.agency),
      });
    }
  }
  for (const invitation of conference.invitations.filter(mayBeHere)) {
    const invitee = invitation.invitee;
    if (invitee.kind !== 'family-member') continue;
    const member = conference.familyMembers.find((m) => m.id === invitee.familyMemberId);
    options.push({
      key: `family-member:${invitee.familyMemberId}`,
      speaker: { kind: 'family-member', familyMemberId: invitee.familyMemberId },
      name: invitee.name,
      role: member ? familyMemberRole(member, conference.children) : 'Family',
    });
  }
  for (const child of conference.children) {
    if (child.isUnborn) continue;
    options.push({ key: `child:${child.id}`, speaker: { kind: 'child', childId: child.id }, name: child.displayName, role: 'Child' });
  }
  return options.map((option, index) => ({ ...option, number: index + 1 }));
}

export function speakerKey(speaker: Speaker): string {
  switch (speaker.kind) {
    case 'not-yet-chosen':
      return 'not-yet-chosen';
    case 'chair':
      return 'chair';
    case 'professional':
      return `professional:${speaker.professionalId}`;
    case 'family-member':
      return `family-member:${speaker.familyMemberId}`;
    case 'child':
      return `child:${speaker.childId}`;
    default: {
      const unexpected: never = speaker;
      throw new Error(`Unknown speaker ${JSON.stringify(unexpected)}`);
    }
  }
}

/** A number picks that speaker; otherwise every word typed must start a word of the name or role ("car" is Carol, not social care). */
export function filterSpeakers(options: readonly SpeakerOption[], query: string): readonly SpeakerOption[] {
  const text = query.trim().toLowerCase();
  if (!text) return options;
  if (/^\d+$/.test(text)) return options.filter((option) => String(option.number).startsWith(text));
  const words = text.split(/\s+/);
  return options.filter((option) => {
    // A relationship names the children it is to ("Father of Leo Mills"): typing a child's name finds the child, not each parent.
    const role = option.role.replace(/ of [^;]*/g, '');
    const tokens = `${option.name} ${role}`.toLowerCase().split(/[\s,()’'.;-]+/);
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  });
}
