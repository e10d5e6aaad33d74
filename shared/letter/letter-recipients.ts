/**
 * A decision letter per recipient (issue 13): each parent or carer, the family network's shared
 * copy, and one copy for everyone invited (professionals included), which holds only what reaches
 * the whole family. A parent excluded from the meeting still gets a letter (brief §1.10), filtered
 * for them; the chair's distribution list may leave a family member off the letter.
 */
import { forRecipient, type ForRecipient, type ForRecipientOptions } from '../audience/for-recipient';
import { everyoneRecipient, familyRecipients, type FamilyRecipient } from '../audience/recipients';
import type { DocumentSource } from '../documents/source';

export type LetterRecipient = Extract<FamilyRecipient, { kind: 'parent-or-carer' | 'family-network' | 'everyone' }>;

function isLetterRecipient(recipient: FamilyRecipient): recipient is LetterRecipient {
  return recipient.kind !== 'child';
}

/** Asked for a letter for someone who does not get one. */
export class LetterRecipientError extends Error {
  override readonly name = 'LetterRecipientError';
  constructor() {
    super('This person does not receive the decision letter.');
  }
}

export function letterRecipients(source: DocumentSource): LetterRecipient[] {
  return [...familyRecipients(source, 'decision-letter').filter(isLetterRecipient), everyoneRecipient(source)];
}

export function letterRecipient(source: DocumentSource, recipientId: string): LetterRecipient {
  const recipient = letterRecipients(source).find((r) => r.id === recipientId);
  if (recipient === undefined) throw new LetterRecipientError();
  return recipient;
}

/** One recipient's copy of the conference; its `source.letter` is their letter. */
export function letterFor(source: DocumentSource, recipientId: string, options: ForRecipientOptions = {}): ForRecipient {
  return forRecipient(source, letterRecipient(source, recipientId), options);
}
