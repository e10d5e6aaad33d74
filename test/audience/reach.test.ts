import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readers, reaches, type Household } from '../../shared/audience/reach';
import { RestrictionSchema, type Restriction } from '../../shared/audience/restriction';
import { contributionRestrictions, defaultRestriction } from '../../shared/audience/room';

// A fictional family: Mr Okafor lives away from the children; Ms Brennan and her partner live with them.
const OKAFOR = '11111111-1111-4111-8111-111111111111';
const BRENNAN = '22222222-2222-4222-8222-222222222222';
const PARTNER = '33333333-3333-4333-8333-333333333333';
const TEGAN = '44444444-4444-4444-8444-444444444444';
const home: Household = { familyMemberIds: new Set([BRENNAN, PARTNER]) };

const notFor = (familyMemberIds: readonly string[], childIds: readonly string[] = []): Restriction => ({ level: 'not-for-named', reason: 'risk', familyMemberIds: [...familyMemberIds], childIds: [...childIds], sharedSummary: '' });
const onlyWith = (familyMemberIds: readonly string[], childIds: readonly string[] = []): Restriction => ({
  level: 'shared-only-with',
  reason: 'child-asked',
  familyMemberIds: [...familyMemberIds],
  childIds: [...childIds],
  sharedSummary: '',
});

describe('who a marked text reaches', () => {
  it('text for everyone reaches every copy; text not for the family reaches none', () => {
    for (const who of [readers([OKAFOR]), readers([BRENNAN]), readers([], [TEGAN])]) {
      expect(reaches({ level: 'none' }, who, home)).toBe(true);
      expect(reaches({ level: 'not-for-family', reason: 'legal-advice', sharedSummary: '' }, who, home)).toBe(false);
    }
  });

  it('text kept from a parent who lives away reaches the other parent and the child, never him', () => {
    expect(reaches(notFor([OKAFOR]), readers([OKAFOR]), home)).toBe(false);
    expect(reaches(notFor([OKAFOR]), readers([BRENNAN]), home)).toBe(true);
    expect(reaches(notFor([OKAFOR]), readers([], [TEGAN]), home)).toBe(true);
  });

  it('text kept from someone in the household stays out of every copy read in that household', () => {
    expect(reaches(notFor([PARTNER]), readers([BRENNAN]), home)).toBe(false);
    expect(reaches(notFor([PARTNER]), readers([], [TEGAN]), home)).toBe(false);
    expect(reaches(notFor([PARTNER]), readers([OKAFOR]), home)).toBe(true);
  });

  it('a child’s disclosure shared only with her reaches her copy and no parent’s', () => {
    const disclosure = onlyWith([], [TEGAN]);
    expect(reaches(disclosure, readers([], [TEGAN]), home)).toBe(true);
    expect(reaches(disclosure, readers([BRENNAN]), home)).toBe(false);
    expect(reaches(disclosure, readers([OKAFOR]), home)).toBe(false);
  });

  it('a copy shared by several readers gets text shared only with named people only when every reader is named', () => {
    expect(reaches(onlyWith([BRENNAN]), readers([BRENNAN, PARTNER]), home)).toBe(false);
    expect(reaches(onlyWith([BRENNAN, PARTNER]), readers([BRENNAN, PARTNER]), home)).toBe(true);
    expect(reaches(onlyWith([BRENNAN]), readers([]), home)).toBe(false);
  });

  it('the whole family on one screen sees only what is for everyone', () => {
    const everyone = readers([OKAFOR, BRENNAN, PARTNER], [TEGAN]);
    const id = fc.constantFrom(OKAFOR, BRENNAN, PARTNER);
    const marking = fc.oneof(
      fc.record({ familyMemberIds: fc.uniqueArray(id, { minLength: 1 }), childIds: fc.constant([]) }).map((p) => notFor(p.familyMemberIds, p.childIds)),
      // Shared only with some of them: naming every reader would be the same as for everyone.
      fc.record({ familyMemberIds: fc.uniqueArray(id, { maxLength: 2 }), childIds: fc.constant([TEGAN]) }).map((p) => onlyWith(p.familyMemberIds, p.childIds)),
      fc.record({ familyMemberIds: fc.uniqueArray(id, { minLength: 1 }) }).map((p) => onlyWith(p.familyMemberIds)),
    );
    fc.assert(fc.property(marking, (restriction) => !reaches(restriction, everyone, home)));
  });
});

describe('the marking itself', () => {
  it('a marking that names no one is refused', () => {
    expect(RestrictionSchema.safeParse({ level: 'not-for-named', reason: 'risk', familyMemberIds: [], childIds: [] }).success).toBe(false);
    expect(RestrictionSchema.safeParse({ level: 'shared-only-with', reason: 'child-asked', childIds: [TEGAN] }).success).toBe(true);
  });

  it('a marking stored before children could be named still reads', () => {
    const parsed = RestrictionSchema.parse({ level: 'not-for-named', reason: 'risk', familyMemberIds: [OKAFOR] });
    expect(parsed).toEqual({ level: 'not-for-named', reason: 'risk', familyMemberIds: [OKAFOR], childIds: [], sharedSummary: '' });
  });
});

describe('markings that follow the room', () => {
  const part = { id: '55555555-5555-4555-8555-555555555555', reason: 'police-investigation' as const, startedAt: '10:30', endedAt: null, whoLeftIds: [OKAFOR], whoLeft: ['Mr Okafor'], sharedSummary: '', summaryRestriction: { level: 'none' as const } };

  it('inside an open part new text is kept from exactly the people who left; outside it is for everyone', () => {
    expect(defaultRestriction([part])).toEqual({ level: 'not-for-named', reason: 'police-investigation', familyMemberIds: [OKAFOR], childIds: [], sharedSummary: '' });
    expect(defaultRestriction([{ ...part, whoLeftIds: [] }]).level).toBe('not-for-family');
    expect(defaultRestriction([{ ...part, endedAt: '10:45' }])).toEqual({ level: 'none' });
  });

  it('what was said in the part is kept from those who left even when its own marking was left open', () => {
    const said = { restriction: { level: 'none' } as Restriction, spokenAt: '10:40', kind: 'information' as const, speaker: { kind: 'chair' as const } };
    const markings = contributionRestrictions(said, { restrictedParts: [part], exclusions: [] });
    expect(markings.every((m) => reaches(m, readers([BRENNAN]), home))).toBe(true);
    expect(markings.every((m) => reaches(m, readers([OKAFOR]), home))).toBe(false);
  });
});
