import { describe, expect, it } from 'vitest';
import { RestrictionSchema, type Restriction } from '../../shared/audience/restriction';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput } from '../../renderer/src/audience/draft';
import { audienceInWords, restrictionLabel } from '../../renderer/src/audience/words';
import { defaultKind, newDraft, withSpeaker } from '../../renderer/src/capture/draft';

// A fictional family: Mr Okafor, Ms Brennan, and Tegan (14).
const OKAFOR = '11111111-1111-4111-8111-111111111111';
const BRENNAN = '22222222-2222-4222-8222-222222222222';
const TEGAN = '44444444-4444-4444-8444-444444444444';
const people = {
  familyMembers: [
    { id: OKAFOR, displayName: 'Mr Okafor' },
    { id: BRENNAN, displayName: 'Ms Brennan' },
  ],
  children: [{ id: TEGAN, displayName: 'Tegan' }],
};

describe('a marking in words, on the control and on the item', () => {
  it('says who may see it and why, naming family members and children', () => {
    expect(audienceInWords({ level: 'none' }, people)).toBe('everyone, including the family');
    expect(audienceInWords({ level: 'not-for-family', reason: 'legal-advice' }, people)).toBe('not for the family (legal advice)');
    expect(audienceInWords({ level: 'not-for-named', reason: 'police-investigation', familyMemberIds: [OKAFOR], childIds: [] }, people)).toBe('not for Mr Okafor (a police investigation)');
    expect(audienceInWords({ level: 'shared-only-with', reason: 'child-asked', familyMemberIds: [], childIds: [TEGAN] }, people)).toBe('shared only with Tegan (the child asked us not to share it)');
    expect(audienceInWords({ level: 'not-for-named', reason: null, familyMemberIds: [OKAFOR, BRENNAN], childIds: [TEGAN] }, people)).toBe('not for Mr Okafor, Ms Brennan and Tegan');
  });

  it('labels only what is restricted', () => {
    expect(restrictionLabel({ level: 'none' }, people)).toBeNull();
    expect(restrictionLabel({ level: 'not-for-family', reason: 'risk' }, people)).toBe('Restricted: not for the family (sharing it would put someone at risk)');
  });
});

describe('a marking while it is chosen', () => {
  const markings: Restriction[] = [
    { level: 'none' },
    { level: 'not-for-family', reason: 'third-party', sharedSummary: 'A neighbour spoke to the police.' },
    { level: 'not-for-named', reason: 'risk', familyMemberIds: [OKAFOR], childIds: [], sharedSummary: '' },
    { level: 'shared-only-with', reason: 'child-asked', familyMemberIds: [], childIds: [TEGAN], sharedSummary: 'Tegan spoke to her teacher.' },
  ];

  it('gives back what was saved', () => {
    for (const marking of markings) expect(RestrictionSchema.parse(restrictionInput(restrictionDraftOf(marking)))).toEqual(marking);
  });

  it('sends only what the chosen level needs, and leaves a missing reason or name for the schema to refuse', () => {
    const tried = { ...restrictionDraftOf(markings[2] as Restriction), level: 'not-for-family' as const };
    expect(RestrictionSchema.parse(restrictionInput(tried))).toEqual({ level: 'not-for-family', reason: 'risk', sharedSummary: '' });
    const unfinished = RestrictionSchema.safeParse(restrictionInput({ ...FOR_EVERYONE_DRAFT, level: 'shared-only-with' }));
    expect(unfinished.success ? [] : unfinished.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['reason']);
    const nobody = RestrictionSchema.safeParse(restrictionInput({ ...FOR_EVERYONE_DRAFT, level: 'not-for-named', reason: 'risk' }));
    expect(nobody.success ? [] : nobody.error.issues.map((issue) => issue.path.join('.'))).toEqual(['familyMemberIds']);
  });
});

describe('a new contribution', () => {
  const part = { reason: 'police-investigation' as const, whoLeftIds: [OKAFOR], sharedSummary: 'Police are looking into it.', endedAt: null };

  it('inside a restricted part with one parent out, is kept from that parent only', () => {
    const draft = newDraft('c', 'i', 'agency-information', [part]);
    expect(RestrictionSchema.parse(restrictionInput(draft.restriction))).toEqual({ level: 'not-for-named', reason: 'police-investigation', familyMemberIds: [OKAFOR], childIds: [], sharedSummary: '' });
  });

  it('outside one, or once it has ended, is for everyone', () => {
    expect(newDraft('c', 'i', 'agency-information', []).restriction.level).toBe('none');
    expect(newDraft('c', 'i', 'agency-information', [{ ...part, endedAt: '10:40' }]).restriction.level).toBe('none');
  });

  it('is the child’s view only when the child speaks, never by the agenda item alone', () => {
    expect(defaultKind('child-views', { kind: 'not-yet-chosen' })).toBe('information');
    expect(defaultKind('child-views', { kind: 'professional', professionalId: OKAFOR })).toBe('information');
    expect(defaultKind('child-views', { kind: 'child', childId: TEGAN })).toBe('child-view');
    expect(defaultKind('welcome', { kind: 'child', childId: TEGAN })).toBe('child-view');
  });

  it('follows the speaker until the minute-taker chooses the kind', () => {
    const draft = newDraft('c', 'i', 'child-views', []);
    expect(withSpeaker(draft, { kind: 'child', childId: TEGAN }, 'child-views')).toMatchObject({ kind: 'child-view' });
    const chosen = { ...draft, kind: 'child-view' as const, kindChosen: true };
    expect(withSpeaker(chosen, { kind: 'professional', professionalId: OKAFOR }, 'child-views')).toEqual({ speaker: { kind: 'professional', professionalId: OKAFOR } });
  });
});
