/**
 * Who may read a piece of text (issue 13). Every free text that can reach anyone in the family
 * carries one of these markings, with the same four choices everywhere. The marking is part of
 * the record, not a display setting: every family-facing output is filtered by it, through
 * `reaches` in ./reach.ts and nowhere else.
 */
import { z } from 'zod';
import { entityId, LONG_TEXT, optionalLongText } from '../text/fields';

/** Why information is kept from someone (brief §1.10), and the child's own wish. */
export const RESTRICTION_REASONS = ['police-investigation', 'third-party', 'legal-advice', 'risk', 'child-asked'] as const;
export type RestrictionReason = (typeof RESTRICTION_REASONS)[number];
export const RESTRICTION_REASON_LABELS: Readonly<Record<RestrictionReason, string>> = {
  'police-investigation': 'A police investigation',
  'third-party': 'Information about someone else (third party)',
  'legal-advice': 'Legal advice',
  risk: 'Sharing it would put someone at risk',
  'child-asked': 'The child asked us not to share it',
};

export const RESTRICTION_LEVELS = ['none', 'not-for-family', 'not-for-named', 'shared-only-with'] as const;
export type RestrictionLevel = (typeof RESTRICTION_LEVELS)[number];
export const RESTRICTION_LEVEL_LABELS: Readonly<Record<RestrictionLevel, string>> = {
  none: 'Everyone, including the family',
  'not-for-family': 'Not for the family',
  'not-for-named': 'Not for named people',
  'shared-only-with': 'Shared only with named people',
};

const reason = (message: string) => z.enum(RESTRICTION_REASONS, { error: message });
const sharedSummary = optionalLongText(LONG_TEXT, 'summary that may be shared');

/** Named people: family members and children of this conference (checked against it by the handlers). */
const namedPeople = {
  familyMemberIds: z.array(entityId).max(20).default([]),
  childIds: z.array(entityId).max(20).default([]),
};
function someoneNamed(value: { familyMemberIds: readonly string[]; childIds: readonly string[] }): boolean {
  return value.familyMemberIds.length + value.childIds.length > 0;
}

/**
 * - `none`: for everyone.
 * - `not-for-family`: for professionals only.
 * - `not-for-named`: kept from the people named (family members or children).
 * - `shared-only-with`: for the people named and professionals, for example a child's own
 *   disclosure that she may read but her mother may not.
 * A marking other than `none` has a reason, and may have a summary that can be shared with those
 * the text itself does not reach.
 */
export const RestrictionSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('none') }),
  z.object({ level: z.literal('not-for-family'), reason: reason('Choose why this is not for the family.'), sharedSummary }),
  z
    .object({ level: z.literal('not-for-named'), reason: reason('Choose why this is kept from them.'), ...namedPeople, sharedSummary })
    .refine(someoneNamed, { path: ['familyMemberIds'], message: 'Choose who must not see this.' }),
  z
    .object({ level: z.literal('shared-only-with'), reason: reason('Choose why this is shared only with them.'), ...namedPeople, sharedSummary })
    .refine(someoneNamed, { path: ['familyMemberIds'], message: 'Choose who may see this.' }),
]);
export type Restriction = z.infer<typeof RestrictionSchema>;
export type RestrictionInput = z.input<typeof RestrictionSchema>;

export const FOR_EVERYONE: Restriction = { level: 'none' };

/** A marking field for a save schema: for everyone unless said otherwise. */
export function restrictionField() {
  return RestrictionSchema.default(FOR_EVERYONE);
}

/** The family members and children a marking names (none for `none` and `not-for-family`). */
export function namedIn(restriction: Restriction): { readonly familyMemberIds: readonly string[]; readonly childIds: readonly string[] } {
  switch (restriction.level) {
    case 'none':
    case 'not-for-family':
      return { familyMemberIds: [], childIds: [] };
    case 'not-for-named':
    case 'shared-only-with':
      return { familyMemberIds: restriction.familyMemberIds, childIds: restriction.childIds };
    default: {
      const never: never = restriction;
      return never;
    }
  }
}

/** The summary that may be shared where the text itself may not go; empty when there is none. */
export function shareableSummary(restriction: Restriction): string {
  return restriction.level === 'none' ? '' : restriction.sharedSummary.trim();
}
