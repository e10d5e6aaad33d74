import type { Restriction, RestrictionLevel, RestrictionReason } from '../../../shared/audience/restriction';

/**
 * A marking while it is being chosen: the reason and the names may not be given yet, and what was
 * chosen for one level is kept while another is tried, so nothing chosen is lost by a slip.
 */
export interface RestrictionDraft {
  readonly level: RestrictionLevel;
  readonly reason: RestrictionReason | null;
  readonly familyMemberIds: readonly string[];
  readonly childIds: readonly string[];
  readonly sharedSummary: string;
}

export const FOR_EVERYONE_DRAFT: RestrictionDraft = { level: 'none', reason: null, familyMemberIds: [], childIds: [], sharedSummary: '' };

export function restrictionDraftOf(restriction: Restriction): RestrictionDraft {
  switch (restriction.level) {
    case 'none':
      return FOR_EVERYONE_DRAFT;
    case 'not-for-family':
      return { ...FOR_EVERYONE_DRAFT, level: restriction.level, reason: restriction.reason, sharedSummary: restriction.sharedSummary };
    case 'not-for-named':
    case 'shared-only-with':
      return { level: restriction.level, reason: restriction.reason, familyMemberIds: restriction.familyMemberIds, childIds: restriction.childIds, sharedSummary: restriction.sharedSummary };
    default: {
      const unexpected: never = restriction;
      throw new Error(`Unknown restriction ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The shape the schema checks: a missing reason or name is an error beside the field, never guessed. */
export function restrictionInput(draft: RestrictionDraft): unknown {
  switch (draft.level) {
    case 'none':
      return { level: 'none' };
    case 'not-for-family':
      return { level: draft.level, reason: draft.reason ?? undefined, sharedSummary: draft.sharedSummary };
    case 'not-for-named':
    case 'shared-only-with':
      return { level: draft.level, reason: draft.reason ?? undefined, familyMemberIds: draft.familyMemberIds, childIds: draft.childIds, sharedSummary: draft.sharedSummary };
    default: {
      const unexpected: never = draft.level;
      throw new Error(`Unknown level ${String(unexpected)}`);
    }
  }
}

export function isRestricted(restriction: { readonly level: RestrictionLevel }): boolean {
  return restriction.level !== 'none';
}
