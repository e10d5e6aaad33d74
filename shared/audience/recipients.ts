/**
 * Who a family-facing copy is made for (issue 13), and the recipient rules that follow from it:
 * whose eyes read the copy, and which children it covers.
 *
 * - Each parent or carer gets their own copy. It covers the children they are related to or hold
 *   parental responsibility for (their relationships), and any the chair adds with a reason.
 * - The wider family network (relatives, friends and connected people) shares one copy, covering
 *   the children its members are related to.
 * - Each born child may have their own copy, covering that child; it is offered by default from
 *   age 10 on the day of the conference, and the chair may offer it younger or not at all.
 * - The copy for everyone invited (the decision letter that also goes to professionals, a shared
 *   screen) is read by the whole family at once: it covers every child and holds only what
 *   reaches everyone.
 *
 * Being excluded from the meeting takes no one off this list: an excluded parent must still be
 * told the outcome (brief §1.10). The chair's distribution list does: a family member listed there
 * without a document does not get that document (brief §1.10, exclusion from receiving the minutes).
 */
import type { DocumentSource } from '../documents/source';
import type { Child, FamilyMember } from '../family/schema';
import type { DocumentKind } from '../letter/distribution';
import type { Household, Readers } from './reach';

/** The id of the family network's shared copy; family members' ids are UUIDs, so never this. */
export const FAMILY_NETWORK_RECIPIENT = 'family-network';
/** The id of the copy for everyone invited; never a UUID either. */
export const EVERYONE_RECIPIENT = 'everyone-invited';
/** A child's own copy is offered by default from this age on the day of the conference. */
export const CHILD_COPY_AGE = 10;

export type FamilyRecipient =
  | { readonly kind: 'parent-or-carer'; readonly id: string; readonly name: string; readonly memberIds: readonly string[]; readonly childIds: readonly string[] }
  | {
      readonly kind: 'family-network';
      readonly id: typeof FAMILY_NETWORK_RECIPIENT;
      readonly name: string;
      readonly memberIds: readonly string[];
      readonly memberNames: readonly string[];
      readonly childIds: readonly string[];
    }
  | {
      readonly kind: 'child';
      readonly id: string;
      readonly name: string;
      /** Whole years on the day of the conference; null when the date of birth is not known. */
      readonly age: number | null;
      readonly offeredByDefault: boolean;
      readonly memberIds: readonly string[];
      readonly childIds: readonly string[];
    }
  | { readonly kind: 'everyone'; readonly id: typeof EVERYONE_RECIPIENT; readonly name: string; readonly memberIds: readonly string[]; readonly childIds: readonly string[] };

export type RecipientKind = FamilyRecipient['kind'];

/** Which family document a list of recipients is for: the chair's distribution list may leave someone off one of them. */
export type FamilyDocument = Extract<DocumentKind, 'family-version' | 'decision-letter'>;

/** Family members the chair has listed for other documents but not for this one. */
function leftOffByChair(source: DocumentSource, document: FamilyDocument): ReadonlySet<string> {
  const left = new Set<string>();
  for (const recipient of source.decisionRecord.distribution.recipients) {
    if (recipient.recipient.kind === 'family-member' && !recipient.documents.includes(document)) left.add(recipient.recipient.familyMemberId);
  }
  return left;
}

/** The children of this conference a family member is related to, in the family's order. */
function relatedChildIds(source: DocumentSource, members: readonly FamilyMember[]): string[] {
  const related = new Set(members.flatMap((m) => m.relationships.map((r) => r.childId)));
  return source.conference.children.filter((c) => related.has(c.id)).map((c) => c.id);
}

/** Whole years from a date of birth to a day, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function childRecipient(source: DocumentSource, child: Child): FamilyRecipient {
  const age = child.dateOfBirth === null ? null : ageOn(child.dateOfBirth, source.conference.details.scheduledDate);
  return { kind: 'child', id: child.id, name: child.displayName, age, offeredByDefault: age !== null && age >= CHILD_COPY_AGE, memberIds: [], childIds: [child.id] };
}

/** The family network's members who get this document: everyone who is not a parent or carer. */
export function networkMembers(source: DocumentSource, document: FamilyDocument = 'family-version'): readonly FamilyMember[] {
  const left = leftOffByChair(source, document);
  return source.conference.familyMembers.filter((m) => m.kind !== 'parent-or-carer' && !left.has(m.id));
}

/**
 * Everyone in the family who gets their own copy of a document: each parent or carer, the family
 * network's shared copy, and each born child (with whether the copy is offered by default).
 */
export function familyRecipients(source: DocumentSource, document: FamilyDocument = 'family-version'): FamilyRecipient[] {
  const left = leftOffByChair(source, document);
  const recipients: FamilyRecipient[] = source.conference.familyMembers
    .filter((m) => m.kind === 'parent-or-carer' && !left.has(m.id))
    .map((m) => ({ kind: 'parent-or-carer', id: m.id, name: m.displayName, memberIds: [m.id], childIds: relatedChildIds(source, [m]) }));
  const network = networkMembers(source, document);
  if (network.length > 0) {
    recipients.push({
      kind: 'family-network',
      id: FAMILY_NETWORK_RECIPIENT,
      name: 'the family network',
      memberIds: network.map((m) => m.id),
      memberNames: network.map((m) => m.displayName),
      childIds: relatedChildIds(source, network),
    });
  }
  for (const child of source.conference.children) if (!child.isUnborn) recipients.push(childRecipient(source, child));
  return recipients;
}

/** The copy for everyone invited: the whole family reads it, so only what reaches all of them goes in. */
export function everyoneRecipient(source: DocumentSource): Extract<FamilyRecipient, { kind: 'everyone' }> {
  return {
    kind: 'everyone',
    id: EVERYONE_RECIPIENT,
    name: 'everyone invited',
    memberIds: source.conference.familyMembers.map((m) => m.id),
    childIds: source.conference.children.map((c) => c.id),
  };
}

/** Whose eyes read this copy. */
export function recipientReaders(recipient: FamilyRecipient): Readers {
  switch (recipient.kind) {
    case 'parent-or-carer':
    case 'family-network':
      return { familyMemberIds: new Set(recipient.memberIds), childIds: new Set() };
    case 'child':
      return { familyMemberIds: new Set(), childIds: new Set([recipient.id]) };
    case 'everyone':
      return { familyMemberIds: new Set(recipient.memberIds), childIds: new Set(recipient.childIds) };
    default: {
      const never: never = recipient;
      return never;
    }
  }
}

/** Who lives where the children live: a paper copy at home is read by them too. */
export function householdOf(source: DocumentSource): Household {
  return { familyMemberIds: new Set(source.conference.familyMembers.filter((m) => m.livesInHousehold).map((m) => m.id)) };
}
