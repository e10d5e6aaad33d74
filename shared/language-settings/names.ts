import { ageOn } from '../audience/recipients';
import type { ConferenceDetail } from '../conference/details';
import type { ConferencePeople } from '../language/types';

/** The people and places of one conference, so the checker never flags a name as a finding. */
export interface ConferenceNames {
  readonly names: readonly string[];
  readonly places: readonly string[];
}

type NamesSource = Pick<ConferenceDetail, 'children' | 'familyMembers' | 'invitations' | 'chair' | 'leadPractitioner' | 'minuteTaker' | 'details'>;

/** Children, family members and professionals (full names and first names), schools and venue. */
export function conferenceNames(conference: NamesSource): ConferenceNames {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim() ?? '';
    if (trimmed.length > 1) names.add(trimmed);
  };
  for (const child of conference.children) {
    add(child.displayName);
    add(child.givenName);
    add(child.familyName);
  }
  for (const member of conference.familyMembers) {
    add(member.displayName);
    add(member.givenName);
    add(member.familyName);
  }
  for (const invitation of conference.invitations) add(invitation.invitee.name);
  for (const person of [conference.chair, conference.leadPractitioner, conference.minuteTaker]) add(person?.name);
  const places = new Set<string>();
  for (const child of conference.children) {
    // "Hollins Lane Primary (Year 4)": the school's name, not the note after it.
    const school = child.schoolOrSetting.replace(/\s*\(.*\)\s*$/u, '').trim();
    if (school.length > 1) places.add(school);
  }
  const venue = conference.details.venue.trim();
  if (venue.length > 1) places.add(venue);
  return { names: [...names].sort(), places: [...places].sort() };
}

type PeopleSource = Pick<ConferenceDetail, 'children' | 'familyMembers' | 'details'>;

/** The children (first name, age on the day of the conference) and the parents as the children
 *  call them, for suggestions that name someone and for checks that need a child's age. */
export function conferencePeople(conference: PeopleSource): ConferencePeople {
  const day = conference.details.scheduledDate;
  const children = conference.children
    .filter((child) => !child.isUnborn && child.givenName.trim().length > 1)
    .map((child) => ({ name: child.givenName.trim(), age: child.dateOfBirth === null || day === '' ? null : ageOn(child.dateOfBirth, day) }));
  const parents = conference.familyMembers
    .filter((member) => member.kind === 'parent-or-carer' && member.givenName.trim().length > 1)
    .map((member) => {
      const roles = member.relationships.map((relationship) => relationship.relationship.trim().toLowerCase());
      const calledBy = roles.some((role) => /^(?:mother|mum|mummy|mam)$/u.test(role)) ? 'Mum' : roles.some((role) => /^(?:father|dad|daddy)$/u.test(role)) ? 'Dad' : null;
      return { name: member.givenName.trim(), calledBy } as const;
    });
  return { children, parents };
}
