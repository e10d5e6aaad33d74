import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/language';
import type { ConferenceDetail } from '../../shared/conference/details';
import { conferencePeople } from '../../shared/language-settings/names';

type Source = Parameters<typeof conferencePeople>[0];

/** An invented family: Maya (14 on the day), an unborn baby, Mum Kirsty, Dad Dean, Nan Brenda. */
const child = (id: string, givenName: string, dateOfBirth: string | null, isUnborn = false) =>
  ({ id, givenName, familyName: 'Hale', displayName: `${givenName} Hale`, dateOfBirth, isUnborn }) as unknown as ConferenceDetail['children'][number];
const member = (id: string, givenName: string, kind: string, relationship: string) =>
  ({ id, givenName, familyName: 'Hale', kind, relationships: [{ childId: 'c1', relationship, parentalResponsibility: true }] }) as unknown as ConferenceDetail['familyMembers'][number];

const conference = {
  details: { scheduledDate: '2026-05-20' },
  children: [child('c1', 'Maya', '2012-06-01'), child('c2', '', null, true)],
  familyMembers: [member('m1', 'Kirsty', 'parent-or-carer', 'Mother'), member('m2', 'Dean', 'parent-or-carer', 'Dad'), member('m3', 'Brenda', 'family-network', 'Grandmother')],
} as unknown as Source;

describe('the people of a conference, for the checker', () => {
  it('gives born children with their age on the day, and the parents as the children call them', () => {
    expect(conferencePeople(conference)).toEqual({
      children: [{ name: 'Maya', age: 13 }],
      parents: [
        { name: 'Kirsty', calledBy: 'Mum' },
        { name: 'Dean', calledBy: 'Dad' },
      ],
    });
  });

  it('lets the checker name them in suggestions and know a child from the record', () => {
    const people = conferencePeople(conference);
    const [finding] = checkText('Maya has a girlfriend who is 21.', { audience: 'family', people }).filter((f) => f.ruleId === 'victim-blaming.adult-partner');
    expect(finding?.message).toContain('Maya is 13, a child');
    const mother = checkText('The mother came to the meeting.', { audience: 'family', people }).find((f) => f.ruleId === 'depersonalising.the-mother');
    expect(mother?.suggestions.map((s) => s.text)).toEqual(['Kirsty', 'Mum']);
  });
});
