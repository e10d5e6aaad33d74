import { z } from 'zod';
import { restrictionField } from '../audience/restriction';
import { MAX_CONTRIBUTION_LENGTH } from '../capture/schema';
import { entityId, isoDate, optionalLongText, LONG_TEXT } from '../text/fields';
import { requiredLongText } from './fields';

/** Sign-off (brief §1.13): the chair finalises; later corrections are amendments beside the original. */
export const FinaliseSchema = z.object({ conferenceId: entityId });

export const AMENDMENT_SECTIONS = ['details', 'family', 'minutes', 'analysis', 'decision', 'plan', 'other'] as const;
export type AmendmentSection = (typeof AMENDMENT_SECTIONS)[number];
export const AMENDMENT_SECTION_LABELS: Readonly<Record<AmendmentSection, string>> = {
  details: 'Conference details',
  family: 'Family and network',
  minutes: 'Minutes',
  analysis: 'Analysis',
  decision: 'Decisions',
  plan: 'Plan',
  other: 'Somewhere else',
};

/** The most a kept text, or a correction, holds: a whole contribution, with room to say which. */
export const MAX_KEPT_TEXT = MAX_CONTRIBUTION_LENGTH + 1_000;

export const AmendSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  section: z.enum(AMENDMENT_SECTIONS, { error: 'Choose the part of the record the correction is to.' }),
  /** The item corrected, when it is one (a decision, an outcome, an action, a statement). */
  entityId: entityId.nullable().default(null),
  // A correction to the minutes can be as long as the contribution it corrects.
  original: optionalLongText(MAX_KEPT_TEXT, 'what the record says now'),
  correction: requiredLongText('correction', MAX_KEPT_TEXT),
  reason: requiredLongText('reason for the correction'),
  /** Who may read the correction, as for any text in the record. */
  restriction: restrictionField(),
});
export type Amend = z.infer<typeof AmendSchema>;

export const AmendmentSchema = AmendSchema.omit({ conferenceId: true }).extend({
  correction: z.string(),
  reason: z.string(),
  amendedBy: z.string(),
  amendedAt: z.string(),
});
export type Amendment = z.infer<typeof AmendmentSchema>;

/**
 * What was typed into the minutes after the conference was finalised. The sign-off lock refuses
 * it, so it is kept as the start of an amendment (issue 14): nothing typed is ever dropped. Kept
 * exactly as typed (not trimmed); recording the amendment with the same id uses it up.
 */
export const KeepForAmendmentSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  section: z.enum(AMENDMENT_SECTIONS, { error: 'Choose the part of the record the correction is to.' }),
  entityId: entityId.nullable().default(null),
  original: z.string({ error: 'What the record says now must be text.' }).max(MAX_KEPT_TEXT, { message: `What the record says now can be at most ${MAX_KEPT_TEXT.toLocaleString('en-GB')} characters.` }),
  correction: z
    .string({ error: 'The text to keep must be text.' })
    .min(1, { message: 'There is no text to keep.' })
    .max(MAX_KEPT_TEXT, { message: `The text to keep can be at most ${MAX_KEPT_TEXT.toLocaleString('en-GB')} characters.` }),
  /** Who may see the text: the amendment made from it starts with this marking. */
  restriction: restrictionField(),
});
export type KeepForAmendment = z.infer<typeof KeepForAmendmentSchema>;

export const AmendmentDraftSchema = KeepForAmendmentSchema.omit({ conferenceId: true }).extend({ keptAt: z.string(), keptBy: z.string() });
export type AmendmentDraft = z.infer<typeof AmendmentDraftSchema>;

export const AmendmentDraftRefSchema = z.object({ conferenceId: entityId, id: entityId });

export const StartReviewSchema = z.object({
  previousConferenceId: entityId,
  /** Defaults to the next review date the previous conference set. */
  scheduledDate: isoDate('date of the review').optional(),
  scheduledTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a real time in 24-hour form, for example 10:00.' }).optional(),
  broughtForwardReason: optionalLongText(LONG_TEXT, 'reason the review is brought forward'),
});
export type StartReview = z.infer<typeof StartReviewSchema>;

export const AuditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** What the entity is, in words. */
  what: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export interface ReadinessProblem {
  readonly path: string;
  readonly message: string;
}
