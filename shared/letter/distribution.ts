import { z } from 'zod';
import { entityId, isoDate } from '../text/fields';
import { OwnerSchema } from '../plan/schema';

/** Who receives what after the conference (brief §1.13, entity 22), and when it was sent. */
export const DOCUMENTS = ['decision-letter', 'full-record', 'plan', 'family-version'] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, string>> = {
  'decision-letter': 'Decision letter',
  'full-record': 'Full record',
  plan: 'Child protection plan',
  'family-version': 'Family’s version (no restricted information)',
};

export const SaveRecipientSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  recipient: OwnerSchema,
  documents: z.array(z.enum(DOCUMENTS)).min(1, { message: 'Choose at least one document.' }).max(DOCUMENTS.length),
});
export type SaveRecipient = z.infer<typeof SaveRecipientSchema>;

export const RecordSentSchema = z.object({
  conferenceId: entityId,
  recipientId: entityId,
  document: z.enum(DOCUMENTS, { error: 'Choose the document.' }),
  sentOn: isoDate('date it was sent'),
});
export type RecordSent = z.infer<typeof RecordSentSchema>;

export const RecipientSchema = z.object({
  id: entityId,
  recipient: OwnerSchema,
  name: z.string(),
  /** A family member never receives the full record with restricted information. */
  isFamily: z.boolean(),
  documents: z.array(z.enum(DOCUMENTS)),
  sent: z.array(z.object({ document: z.enum(DOCUMENTS), sentOn: z.string(), late: z.boolean() })),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const DistributionSchema = z.object({
  decisionLetterDue: z.string().nullable(),
  recordDue: z.string().nullable(),
  recipients: z.array(RecipientSchema),
});
export type Distribution = z.infer<typeof DistributionSchema>;

/** The authority's deadline for a document, counted from the conference (brief §1.2). */
export function dueFor(document: DocumentKind, dues: { decisionLetterDue: string | null; recordDue: string | null }): string | null {
  return document === 'decision-letter' ? dues.decisionLetterDue : dues.recordDue;
}
