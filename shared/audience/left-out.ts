/**
 * What was left out of one recipient's copy and why (issue 13), for the chair's check before a
 * family document is made. Each entry says which item (its kind, its id, and a short description
 * that never quotes the text itself) and which rule left it out.
 */
import type { Restriction } from './restriction';
import type { Readers } from './reach';

export const LEFT_OUT_RULES = [
  'other-child',
  'supports-someone-else',
  'not-for-family',
  'kept-from-reader',
  'named-at-home',
  'not-shared-with-reader',
  'restricted-part',
  'exclusion',
  'confidential-contact',
] as const;
export type LeftOutRule = (typeof LEFT_OUT_RULES)[number];

export const LEFT_OUT_RULE_LABELS: Readonly<Record<LeftOutRule, string>> = {
  'other-child': 'It is about a child this copy does not cover',
  'supports-someone-else': 'They support someone else in the family',
  'not-for-family': 'Marked not for the family',
  'kept-from-reader': 'Marked to be kept from the person this copy is for',
  'named-at-home': 'Kept from someone who lives where this copy will be read',
  'not-shared-with-reader': 'Shared only with other people',
  'restricted-part': 'Said in a part of the meeting held without some of the family',
  exclusion: 'Said while a family member was out of the meeting',
  'confidential-contact': 'The contact details are confidential',
};

export const LEFT_OUT_KINDS = [
  'contribution',
  'child-voice',
  'statement',
  'scale',
  'decision',
  'chair-reasons',
  'agency-view',
  'family-view',
  'dissent',
  'outcome',
  'action',
  'visit',
  'contingency',
  'family-network-plan',
  'brought-forward-reason',
  'amendment',
  'exclusion',
  'restricted-part-summary',
  'helper',
  'contact-details',
  'conference-reason',
] as const;
export type LeftOutKind = (typeof LEFT_OUT_KINDS)[number];

export interface LeftOut {
  readonly kind: LeftOutKind;
  /** The item's id (for a plan-wide text such as the contingency, the conference's). */
  readonly id: string;
  /** A short description that names the item, never its words: "an action in Kai’s plan". */
  readonly description: string;
  readonly rule: LeftOutRule;
  /** The marking's summary that may be shared went in its place. */
  readonly summaryInstead: boolean;
}

/** Which rule keeps a marked text from these readers (called only when it does not reach them). */
export function markingRule(restriction: Restriction, who: Readers): LeftOutRule {
  switch (restriction.level) {
    case 'none':
    case 'not-for-family':
      return 'not-for-family';
    case 'not-for-named': {
      const namedReads = restriction.familyMemberIds.some((id) => who.familyMemberIds.has(id)) || restriction.childIds.some((id) => who.childIds.has(id));
      return namedReads ? 'kept-from-reader' : 'named-at-home';
    }
    case 'shared-only-with':
      return 'not-shared-with-reader';
    default: {
      const never: never = restriction;
      return never;
    }
  }
}
