/**
 * Who a family's plan is made for. Each parent or carer gets their own copy by name; the wider
 * family network (relatives and connected people, brief §3.2) shares one copy.
 *
 * Being excluded from the meeting does not take someone off this list: an excluded parent must
 * still be told the outcome (brief §1.10), and what is kept from them is kept out of every
 * family copy anyway (family-safe.ts). The one thing that does: the chair's distribution list
 * names the person and leaves out the family's version, which is the chair's decision about what
 * they receive (brief §1.10, exclusion from receiving the minutes).
 */
import type { FamilyMember } from '../family/schema';
import type { DocumentSource } from './source';

/** The id of the family network's shared copy; family members' ids are UUIDs, so never this. */
export const FAMILY_NETWORK_RECIPIENT = 'family-network';

export type FamilyPlanRecipient =
  | { readonly kind: 'parent-or-carer'; readonly id: string; readonly name: string }
  | { readonly kind: 'family-network'; readonly id: typeof FAMILY_NETWORK_RECIPIENT; readonly name: string; readonly memberNames: readonly string[] };

/** Family members the chair has listed for other documents but not for the family's version. */
function leftOffByChair(source: DocumentSource): ReadonlySet<string> {
  const left = new Set<string>();
  for (const recipient of source.decisionRecord.distribution.recipients) {
    if (recipient.recipient.kind === 'family-member' && !recipient.documents.includes('family-version')) left.add(recipient.recipient.familyMemberId);
  }
  return left;
}

export function networkMembers(source: DocumentSource): readonly FamilyMember[] {
  const left = leftOffByChair(source);
  return source.conference.familyMembers.filter((m) => m.kind !== 'parent-or-carer' && !left.has(m.id));
}

export function familyPlanRecipients(source: DocumentSource): FamilyPlanRecipient[] {
  const left = leftOffByChair(source);
  const recipients: FamilyPlanRecipient[] = source.conference.familyMembers
    .filter((m) => m.kind === 'parent-or-carer' && !left.has(m.id))
    .map((m) => ({ kind: 'parent-or-carer', id: m.id, name: m.displayName }));
  const network = networkMembers(source);
  if (network.length > 0) {
    recipients.push({ kind: 'family-network', id: FAMILY_NETWORK_RECIPIENT, name: 'the family network', memberNames: network.map((m) => m.displayName) });
  }
  return recipients;
}
