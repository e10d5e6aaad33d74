import { z } from 'zod';
import { restrictionField } from '../audience/restriction';
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

export const AmendSchema = z.object({
  conferenceId: entityId,
  id: entityId,
  section: z.enum(AMENDMENT_SECTIONS, { error: 'Choose the part of the record the correction is to.' }),
  /** The item corrected, when it is one (a decision, an outcome, an action, a statement). */
  entityId: entityId.nullable().default(null),
  original: optionalLongText(LONG_TEXT, 'what the record says now'),
  correction: requiredLongText('correction'),
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
