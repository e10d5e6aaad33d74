import { RESTRICTION_REASON_LABELS, type Restriction, type RestrictionReason } from '../../../shared/capture/schema';
import type { FamilyMember } from '../../../shared/family/schema';

interface RestrictionLike {
  readonly level: Restriction['level'];
  readonly reason?: RestrictionReason | null;
  readonly familyMemberIds?: readonly string[];
}

/** Said in words on screen, so a restriction is never shown by colour alone. */
export function restrictionLabel(restriction: RestrictionLike, familyMembers: readonly FamilyMember[]): string | null {
  if (restriction.level === 'none') return null;
  const why = restriction.reason ? ` (${RESTRICTION_REASON_LABELS[restriction.reason]})` : '';
  if (restriction.level === 'not-for-family') return `Restricted: not for the family${why}`;
  const names = (restriction.familyMemberIds ?? []).map((id) => familyMembers.find((m) => m.id === id)?.displayName ?? 'a family member');
  return `Restricted: not for ${names.length > 0 ? joinNames(names) : 'the family members chosen'}${why}`;
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
