/**
 * The calls of the translation round trip (issue 16): export a recipient's copy's own words as
 * XLIFF 2, import the translation service's file, see where the copy stands in a language, and
 * leave a segment in English.
 */
import { z } from 'zod';
import { entityId } from '../text/fields';
import { SEGMENT_ID, SEGMENT_KINDS } from './segments';
import { SEGMENT_STATES } from './status';

/** A plan's own words come to tens of thousands of characters; a file far bigger is not one of ours. */
export const MAX_TRANSLATION_FILE_CHARACTERS = 2_000_000;
/** A translation may run longer than its English; far longer is not a translation. */
export const MAX_TARGET_CHARACTERS = 15_000;

/** A BCP 47 tag (pl, ro, ur, pa-Arab, pt-BR): the language the family reads, never English. */
export const languageTag = z
  .string({ error: 'Choose a language.' })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/u, 'Choose a language.')
  .refine((tag) => tag !== 'en' && !tag.startsWith('en-'), 'The conference’s own words are in English already: choose the family’s language.');

/** A family member's or child's id, or one of the shared copies' ids. */
const recipientId = z.string({ error: 'Choose whose copy this is.' }).regex(/^(family-network|everyone-invited|[0-9a-f-]{36})$/u, 'Choose whose copy this is.');

export const TranslationCopySchema = z.object({ conferenceId: entityId, recipientId, language: languageTag }).strict();
export type TranslationCopy = z.infer<typeof TranslationCopySchema>;

export const ImportTranslationSchema = z
  .object({
    conferenceId: entityId,
    recipientId,
    language: languageTag,
    /** The file's text, as the file picker read it. */
    xliff: z.string({ error: 'Choose the file the translation service sent back.' }).min(1, 'Choose the file the translation service sent back.').max(MAX_TRANSLATION_FILE_CHARACTERS, 'This file is too big to be a translation of one copy.'),
  })
  .strict();
export type ImportTranslation = z.infer<typeof ImportTranslationSchema>;

export const LeaveInEnglishSchema = z
  .object({ conferenceId: entityId, recipientId, language: languageTag, segmentId: z.string().regex(SEGMENT_ID, 'This part of the copy is not known.'), leave: z.boolean() })
  .strict();
export type LeaveInEnglish = z.infer<typeof LeaveInEnglishSchema>;

export const TranslationExportFileSchema = z.object({
  fileName: z.string(),
  /** The XLIFF 2.0 file, as text. */
  xliff: z.string(),
  segments: z.number().int().nonnegative(),
});
export type TranslationExportFile = z.infer<typeof TranslationExportFileSchema>;

export const TranslationStatusSchema = z.object({
  segments: z.array(z.object({ id: z.string(), kind: z.enum(SEGMENT_KINDS), source: z.string(), state: z.enum(SEGMENT_STATES), target: z.string().nullable() })),
  counts: z.object({ translated: z.number().int(), missing: z.number().int(), 'needs-translation-again': z.number().int(), 'left-in-english': z.number().int() }),
  complete: z.boolean(),
});
export type TranslationStatusOutput = z.infer<typeof TranslationStatusSchema>;

export const ImportedTranslationSchema = z.object({ imported: z.number().int().nonnegative(), status: TranslationStatusSchema });
