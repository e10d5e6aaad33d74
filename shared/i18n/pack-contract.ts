/** The Settings calls for language packs (issue 16): list, import, export, mark reviewed. */
import { z } from 'zod';
import { isIsoDate } from '../dates/local-date';
import { boundedText } from '../text/fields';
import { LOCALE_PATTERN } from './choice';

/** A pack as Settings lists it. */
export const LanguagePackSummarySchema = z.object({
  locale: z.string(),
  nameEnglish: z.string(),
  nameOwn: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  /** Null for a draft; who checked it and when for a reviewed pack. */
  reviewed: z.object({ by: z.string(), on: z.string() }).nullable(),
  /** Shipped with Confer, or imported by the authority (which takes the shipped one's place). */
  source: z.enum(['shipped', 'imported']),
  /** Keys of the English source it lacks: they print in English. */
  missingKeys: z.array(z.string()),
});
export type LanguagePackSummary = z.infer<typeof LanguagePackSummarySchema>;

/** The pack file's text as read from the chosen file; checked in full by the handler. */
export const ImportLanguagePackSchema = z.object({ fileText: z.string().max(600_000, 'The file is too big to be a language pack.') }).strict();

export const ImportedLanguagePackSchema = z.object({
  packs: z.array(LanguagePackSummarySchema),
  locale: z.string(),
  missingKeys: z.array(z.string()),
  unknownKeys: z.array(z.string()),
});

export const LanguagePackRefSchema = z.object({ locale: z.string().regex(LOCALE_PATTERN, 'Choose a language.') }).strict();

export const LanguagePackFileOutSchema = z.object({ fileName: z.string(), text: z.string() });

export const MarkPackReviewedSchema = z
  .object({
    locale: z.string().regex(LOCALE_PATTERN, 'Choose a language.'),
    by: boundedText(120, 'translator’s name'),
    on: z.string().refine(isIsoDate, 'Enter the date the translator checked it, for example 2026-03-19.'),
  })
  .strict();
