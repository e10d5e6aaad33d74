import { RESTRICTION_REASON_LABELS, type RestrictionLevel, type RestrictionReason } from '../../../shared/audience/restriction';

/** The people a marking can name: the family members and the children of this conference. */
export interface AudiencePeople {
  readonly familyMembers: readonly { readonly id: string; readonly displayName: string }[];
  readonly children: readonly { readonly id: string; readonly displayName: string }[];
}

/** A marking as saved, or as it is being chosen (reason and names perhaps not given yet). */
export interface RestrictionLike {
  readonly level: RestrictionLevel;
  readonly reason?: RestrictionReason | null;
  readonly familyMemberIds?: readonly string[];
  readonly childIds?: readonly string[];
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function reasonInWords(reason: RestrictionReason | null | undefined): string {
  if (!reason) return '';
  const label = RESTRICTION_REASON_LABELS[reason];
  return ` (${label.charAt(0).toLowerCase()}${label.slice(1)})`;
}

function namesIn(restriction: RestrictionLike, people: AudiencePeople): string {
  const names = [
    ...(restriction.familyMemberIds ?? []).map((id) => people.familyMembers.find((m) => m.id === id)?.displayName ?? 'someone not in this family'),
    ...(restriction.childIds ?? []).map((id) => people.children.find((c) => c.id === id)?.displayName ?? 'a child not in this family'),
  ];
  return names.length > 0 ? joinNames(names) : 'the people chosen';
}

/**
 * Who may see a text, in words ("everyone, including the family", "not for Mr Okafor (a police
 * investigation)"): the one wording of a marking on screen, on the control and on the item, so a
 * marking is never shown by colour alone.
 */
export function audienceInWords(restriction: RestrictionLike, people: AudiencePeople): string {
  switch (restriction.level) {
    case 'none':
      return 'everyone, including the family';
    case 'not-for-family':
      return `not for the family${reasonInWords(restriction.reason)}`;
    case 'not-for-named':
      return `not for ${namesIn(restriction, people)}${reasonInWords(restriction.reason)}`;
    case 'shared-only-with':
      return `shared only with ${namesIn(restriction, people)}${reasonInWords(restriction.reason)}`;
    default: {
      const unexpected: never = restriction.level;
      throw new Error(`Unknown level ${String(unexpected)}`);
    }
  }
}

/** The label on a marked item ("Restricted: not for the family (legal advice)"); none for text for everyone. */
export function restrictionLabel(restriction: RestrictionLike, people: AudiencePeople): string | null {
  return restriction.level === 'none' ? null : `Restricted: ${audienceInWords(restriction, people)}`;
}
