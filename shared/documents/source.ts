import { z } from 'zod';
import { AuthorityIdentitySchema } from '../authority/identity';
import { AuthoritySettingsSchema } from '../authority/settings';
import { CaptureSchema } from '../capture/schema';
import { ConferenceDetailSchema } from '../conference/details';
import { DecisionRecordSchema } from '../decision/record';
import { DecisionLetterSchema } from '../letter/decision-letter';
import { RestrictionSchema } from '../audience/restriction';
import { isoDate } from '../text/fields';

/**
 * Everything any conference document is made from, exactly as the existing calls answer it
 * (getConference, getCapture, getDecisionRecord, getDecisionLetter, getAuthoritySettings). The
 * documents decide what to leave out; they never fetch more.
 */
export const DocumentSourceSchema = z.object({
  conference: ConferenceDetailSchema,
  capture: CaptureSchema,
  decisionRecord: DecisionRecordSchema,
  letter: DecisionLetterSchema,
  settings: AuthoritySettingsSchema,
  /** The authority's identity, printed as the letterhead (getAuthorityIdentity); none before it is saved. */
  authority: AuthorityIdentitySchema.nullable().optional(),
  /**
   * Why the conference is happening, in the chair's words for the family (issue 17), with its
   * marking; null or absent when the chair has written none.
   */
  familyReason: z.object({ reason: z.string(), restriction: RestrictionSchema }).nullable().optional(),
  /** The day the document is made (YYYY-MM-DD), printed on it. */
  madeOn: isoDate('date the document is made'),
});
export type DocumentSource = z.infer<typeof DocumentSourceSchema>;

/** The conference documents (issue 7), the child's or young person's own copy (issue 13), and the family's information pack (issue 17). */
export const DOCUMENT_KINDS = ['record', 'plan', 'letter', 'family-plan', 'child-plan', 'information-pack'] as const;
export type ConferenceDocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Readonly<Record<ConferenceDocumentKind, string>> = {
  record: 'Conference record',
  plan: 'Child protection plan',
  letter: 'Decision letter',
  'family-plan': 'Family’s plan',
  'child-plan': 'Child’s own copy',
  'information-pack': 'Information pack before the meeting',
};
