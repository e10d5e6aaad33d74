/**
 * The one rule for who reads what (issue 13): whether a marked text may reach one copy's
 * readers. Every family-facing output (the family's plan, the decision letter, the child's copy,
 * the family-safe screen, search in family-safe mode) asks this and nothing else.
 *
 * - `none` reaches everyone; `not-for-family` no one in the family.
 * - `not-for-named` reaches a copy when none of its readers is named, and no named person lives
 *   in the household where the copy is read: a paper copy at home is read by whoever lives there.
 *   Children are taken to live in the household, and a child's copy to be read there. The chair
 *   who wants a reader to have it despite that chooses "shared only with" them instead.
 * - `shared-only-with` reaches a copy only when every one of its readers is named: a copy shared
 *   by the family network reaches it only if every member is named.
 * - A text under several markings (its own, and the part of the meeting it was said in) reaches
 *   a copy only when every marking does.
 */
import type { Restriction } from './restriction';

/** The people who read one copy (or look at one screen). */
export interface Readers {
  readonly familyMemberIds: ReadonlySet<string>;
  readonly childIds: ReadonlySet<string>;
}

/** What the rule needs to know about the family: who lives in the household. */
export interface Household {
  /** Family members who live in the children's household. */
  readonly familyMemberIds: ReadonlySet<string>;
}

export function readers(familyMemberIds: Iterable<string>, childIds: Iterable<string> = []): Readers {
  return { familyMemberIds: new Set(familyMemberIds), childIds: new Set(childIds) };
}

function readsInHousehold(who: Readers, household: Household): boolean {
  return who.childIds.size > 0 || [...who.familyMemberIds].some((id) => household.familyMemberIds.has(id));
}

export function reaches(restriction: Restriction, who: Readers, household: Household): boolean {
  switch (restriction.level) {
    case 'none':
      return true;
    case 'not-for-family':
      return false;
    case 'not-for-named': {
      const namedReads = restriction.familyMemberIds.some((id) => who.familyMemberIds.has(id)) || restriction.childIds.some((id) => who.childIds.has(id));
      const namedLivesThere = restriction.childIds.length > 0 || restriction.familyMemberIds.some((id) => household.familyMemberIds.has(id));
      const namedAtHome = namedLivesThere && readsInHousehold(who, household);
      return !namedReads && !namedAtHome;
    }
    case 'shared-only-with': {
      const everyone = who.familyMemberIds.size + who.childIds.size > 0;
      return everyone && [...who.familyMemberIds].every((id) => restriction.familyMemberIds.includes(id)) && [...who.childIds].every((id) => restriction.childIds.includes(id));
    }
    default: {
      const never: never = restriction;
      return never;
    }
  }
}

export function reachesAll(restrictions: readonly Restriction[], who: Readers, household: Household): boolean {
  return restrictions.every((restriction) => reaches(restriction, who, household));
}
