import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { familySafeConference, familySafeRecord, HIDDEN_ON_FAMILY_SCREEN, shownToFamily, wholeFamily } from '../../shared/audience/family-screen';
import { reaches } from '../../shared/audience/reach';
import type { Restriction } from '../../shared/audience/restriction';
import { aFamilySource, IDS } from './family-source';

// A fictional family of three adults and two children.
const adults = ['a1111111-1111-4111-8111-111111111111', 'a2222222-2222-4222-8222-222222222222', 'a3333333-3333-4333-8333-333333333333'];
const children = ['c1111111-1111-4111-8111-111111111111', 'c2222222-2222-4222-8222-222222222222'];
const conference = { familyMembers: adults.map((id) => ({ id })), children: children.map((id) => ({ id })) };

const named = fc.record({ familyMemberIds: fc.subarray(adults), childIds: fc.subarray(children) }).filter((p) => p.familyMemberIds.length + p.childIds.length > 0);
const reason = fc.constantFrom('police-investigation', 'third-party', 'legal-advice', 'risk', 'child-asked') as fc.Arbitrary<'risk'>;
const marking: fc.Arbitrary<Restriction> = fc.oneof(
  fc.constant<Restriction>({ level: 'none' }),
  reason.map((r): Restriction => ({ level: 'not-for-family', reason: r, sharedSummary: '' })),
  fc.tuple(reason, named).map(([r, p]): Restriction => ({ level: 'not-for-named', reason: r, ...p, sharedSummary: '' })),
  // Shared only with some of the family: naming all of them is the same as for everyone.
  fc.tuple(reason, named.filter((p) => p.familyMemberIds.length + p.childIds.length < adults.length + children.length)).map(([r, p]): Restriction => ({ level: 'shared-only-with', reason: r, ...p, sharedSummary: '' })),
);

describe('the family-safe screen', () => {
  it('shows exactly what reaches the whole family reading together, by the one rule', () => {
    const household = { familyMemberIds: new Set(adults.slice(0, 2)) };
    fc.assert(fc.property(marking, (restriction) => shownToFamily(restriction) === reaches(restriction, wholeFamily(conference), household)));
  });

  it('hides confidential contact details and keeps the rest', () => {
    const shown = familySafeConference({
      children: [],
      familyMembers: [
        { id: adults[0] as string, contactDetails: 'Flat 2, a refuge', contactDetailsConfidential: true },
        { id: adults[1] as string, contactDetails: '07700 900123', contactDetailsConfidential: false },
      ],
    });
    expect(shown.familyMembers.map((m) => m.contactDetails)).toEqual(['', '07700 900123']);
  });

  it('hides how a child is seen and why the review is brought forward when they are marked', () => {
    const { decisionRecord: record } = aFamilySource();
    const keptFromDele: Restriction = { level: 'not-for-named', reason: 'risk', familyMemberIds: [IDS.dele], childIds: [], sharedSummary: '' };
    const marked = {
      ...record,
      plan: {
        ...record.plan,
        visits: record.plan.visits.map((v) => (v.childId === IDS.kai ? { ...v, restriction: keptFromDele } : v)),
        broughtForwardReason: 'Amara is moving to a refuge in Harrowby.',
        broughtForwardReasonRestriction: keptFromDele,
      },
    };
    const shown = familySafeRecord(marked);
    expect(shown.plan.visits.map((v) => v.childId)).toEqual([IDS.tegan]);
    expect(shown.plan.broughtForwardReason).toBe(HIDDEN_ON_FAMILY_SCREEN);
    const open = familySafeRecord({ ...marked, plan: { ...marked.plan, broughtForwardReasonRestriction: { level: 'none' } } });
    expect(open.plan.broughtForwardReason).toBe('Amara is moving to a refuge in Harrowby.');
  });

  it('says a text is hidden rather than showing nothing', () => {
    expect(HIDDEN_ON_FAMILY_SCREEN).toMatch(/hidden/i);
  });
});
