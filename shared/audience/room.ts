/**
 * Markings that follow the room (issue 13): what was said while some of the family were out is
 * kept from them, whatever its own marking says, and new text takes the room's audience by
 * default so the minute-taker does not have to mark each contribution by hand.
 */
import type { Contribution, Exclusion, ExclusionGround, RestrictedPart } from '../capture/schema';
import { FOR_EVERYONE, type Restriction } from './restriction';

/** Times are "HH:MM" on one day, so they compare as text. A part not yet ended runs on. */
function during(spokenAt: string, span: { readonly startedAt: string; readonly endedAt: string | null }): boolean {
  return spokenAt >= span.startedAt && (span.endedAt === null || spokenAt <= span.endedAt);
}

/** A restricted part keeps what was said from the people who left, or from the family when none are named. */
export function restrictedPartAudience(part: Pick<RestrictedPart, 'reason' | 'whoLeftIds' | 'sharedSummary'>): Exclude<Restriction, { level: 'none' }> {
  if (part.whoLeftIds.length === 0) return { level: 'not-for-family', reason: part.reason, sharedSummary: part.sharedSummary };
  return { level: 'not-for-named', reason: part.reason, familyMemberIds: [...part.whoLeftIds], childIds: [], sharedSummary: part.sharedSummary };
}

/** The marking a new piece of text starts with: the open restricted part's, or for everyone. */
export function defaultRestriction(openParts: readonly Pick<RestrictedPart, 'reason' | 'whoLeftIds' | 'sharedSummary' | 'endedAt'>[]): Restriction {
  const open = openParts.find((part) => part.endedAt === null);
  // The part's summary is written for the part as a whole, not copied into each contribution.
  return open === undefined ? FOR_EVERYONE : { ...restrictedPartAudience(open), sharedSummary: '' };
}

const CONFIDENTIAL: ReadonlySet<ExclusionGround> = new Set(['confidential-information']);

type ExclusionSpan = Pick<Exclusion, 'grounds' | 'startedAt' | 'endedAt'>;
type PartSpan = Pick<RestrictedPart, 'reason' | 'whoLeftIds' | 'sharedSummary' | 'startedAt' | 'endedAt'>;

function exclusionAudience(contribution: Pick<Contribution, 'kind' | 'speaker'>, exclusion: ExclusionSpan): Restriction | null {
  if (CONFIDENTIAL.has(exclusion.grounds)) return { level: 'not-for-family', reason: 'legal-advice', sharedSummary: '' };
  if (exclusion.grounds === 'child-asked' && contribution.kind === 'child-view') {
    // The child's own words, said while a parent was out at the child's request: for that child only.
    return contribution.speaker.kind === 'child'
      ? { level: 'shared-only-with', reason: 'child-asked', familyMemberIds: [], childIds: [contribution.speaker.childId], sharedSummary: '' }
      : { level: 'not-for-family', reason: 'child-asked', sharedSummary: '' };
  }
  return null;
}

/**
 * Every marking that applies to a contribution: its own, each restricted part it was said in,
 * and each exclusion that keeps what was said from the family. It reaches a reader only when
 * every one of them does.
 */
export function contributionRestrictions(contribution: Pick<Contribution, 'restriction' | 'spokenAt' | 'kind' | 'speaker'>, capture: { readonly restrictedParts: readonly PartSpan[]; readonly exclusions: readonly ExclusionSpan[] }): Restriction[] {
  const parts = capture.restrictedParts.filter((part) => during(contribution.spokenAt, part)).map(restrictedPartAudience);
  const exclusions = capture.exclusions
    .filter((exclusion) => during(contribution.spokenAt, exclusion))
    .map((exclusion) => exclusionAudience(contribution, exclusion))
    .filter((restriction): restriction is Restriction => restriction !== null);
  return [contribution.restriction, ...parts, ...exclusions];
}
