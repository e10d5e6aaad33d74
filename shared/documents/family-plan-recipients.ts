/**
 * Who a family's plan is made for: each parent or carer by name, and the wider family network's
 * shared copy. The list and its rules live with every other family copy's in
 * shared/audience/recipients.ts; the child's own copy is a document of its own.
 */
import { familyRecipients, type FamilyRecipient } from '../audience/recipients';
import type { DocumentSource } from './source';

export { FAMILY_NETWORK_RECIPIENT, networkMembers } from '../audience/recipients';

export type FamilyPlanRecipient = Extract<FamilyRecipient, { kind: 'parent-or-carer' | 'family-network' }>;

export function isFamilyPlanRecipient(recipient: FamilyRecipient): recipient is FamilyPlanRecipient {
  return recipient.kind === 'parent-or-carer' || recipient.kind === 'family-network';
}

/** The chair's distribution list may leave someone off the family's version. */
export function familyPlanRecipients(source: DocumentSource): FamilyPlanRecipient[] {
  return familyRecipients(source, 'family-version').filter(isFamilyPlanRecipient);
}
