/**
 * Why this conference is happening, in the chair's plain words, for the family's information pack
 * (issue 17). Marked like every other text that can reach the family: the pack for someone it
 * does not reach says only what a child protection conference is.
 */
import { z } from 'zod';
import { restrictionField, RestrictionSchema } from '../audience/restriction';
import { entityId, LONG_TEXT, optionalLongText } from '../text/fields';

/** Short enough to read in a minute; a pack is not the place for the reports. */
export const FAMILY_REASON_MAX = 1_500;

export const SaveFamilyReasonSchema = z
  .object({
    conferenceId: entityId,
    reason: optionalLongText(Math.min(FAMILY_REASON_MAX, LONG_TEXT), 'reason for the conference'),
    restriction: restrictionField(),
  })
  .strict();
export type SaveFamilyReason = z.infer<typeof SaveFamilyReasonSchema>;

export const FamilyReasonSchema = z.object({ conferenceId: z.string(), reason: z.string(), restriction: RestrictionSchema, updatedAt: z.string().nullable() });
export type FamilyReason = z.infer<typeof FamilyReasonSchema>;
