import { AGENCY_LABELS, type AgencyId } from '../authority/agencies';
import type { FamilyMember } from '../family/schema';

/**
 * How a person is shown wherever their role is: the name first, then who they are, one wording for
 * the minutes screen, attendance, the core group, the decision and the record. A person is never
 * shown by their role alone.
 */
export function withRole(name: string, role: string): string {
  return role ? `${name} (${role})` : name;
}

interface ChildName {
  readonly id: string;
  readonly displayName: string;
}

/**
 * Who a family member is to the children. One word when it is the same for every child ("Mother");
 * otherwise each relationship with the children it is to ("Stepfather of A; father of B"), so a
 * stepfather who is also a father is never shown as one or the other alone.
 */
export function familyMemberRole(member: Pick<FamilyMember, 'relationships'>, children: readonly ChildName[]): string {
  const related = member.relationships.filter((r) => r.relationship.trim() !== '');
  if (related.length === 0) return 'Family';
  const words = [...new Set(related.map((r) => r.relationship.trim()))];
  const everyChild = children.length > 0 && children.every((child) => related.some((r) => r.childId === child.id));
  if (words.length === 1 && (everyChild || children.length === 0)) return words[0] ?? 'Family';
  return words
    .map((word, index) => {
      const names = related.filter((r) => r.relationship.trim() === word).map((r) => children.find((child) => child.id === r.childId)?.displayName ?? 'a child');
      return `${index === 0 ? word : lowerFirst(word)} of ${joinNames(names)}`;
    })
    .join('; ');
}

/** A professional's role as the meeting knows it: the parent advocate by that name, anyone else by their agency. */
export function professionalRole(agency: AgencyId): string {
  return agency === 'parent-advocacy' ? 'Parent advocate' : AGENCY_LABELS[agency];
}

/** "Father" reads "father" mid-sentence; "IDVA" or "SGO carer" keep their capitals. */
function lowerFirst(word: string): string {
  return /^\p{Lu}\p{Ll}/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

interface Invited {
  readonly invitee: { readonly kind: 'professional'; readonly agency: AgencyId } | { readonly kind: 'family-member'; readonly familyMemberId: string };
}

/** Who an invitee is: a professional's agency, a family member's relationship to the children. */
export function inviteeRole(invitation: Invited, people: { readonly familyMembers: readonly FamilyMember[]; readonly children: readonly ChildName[] }): string {
  const invitee = invitation.invitee;
  if (invitee.kind === 'professional') return professionalRole(invitee.agency);
  const member = people.familyMembers.find((m) => m.id === invitee.familyMemberId);
  return member ? familyMemberRole(member, people.children) : 'Family';
}
