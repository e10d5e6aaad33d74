/**
 * Which language pack a bilingual document uses: the authority's imported pack for the language,
 * or else the draft Confer ships; and the checks before one is used (a draft only when the chair
 * confirms it).
 */
import { readImportedPack } from '../../db/language-packs/queries';
import { ValidationError } from '../../shared/contract/result';
import type { Bilingual } from '../../shared/documents/request';
import type { DocumentLanguageChoice } from '../../shared/i18n/document-language';
import type { LanguagePack } from '../../shared/i18n/pack';
import { shippedPack } from '../../shared/i18n/shipped-packs';
import type { HandlerContext } from './context';

/** The authority's imported pack for the language, or else the shipped draft, or none. */
export function packFor(context: HandlerContext, locale: string): LanguagePack | null {
  return readImportedPack(context.db, locale)?.pack ?? shippedPack(locale);
}

/** The language a document is made in besides English, or a clear refusal. */
export function languageChoice(context: HandlerContext, bilingual: Bilingual | null): DocumentLanguageChoice | null {
  if (bilingual === null) return null;
  const pack = packFor(context, bilingual.language);
  if (pack === null) throw new ValidationError('There is no language pack for this language.', { bilingual: 'Choose a language Confer has a pack for, or import one in Settings.' });
  if (pack.status.kind === 'draft' && !bilingual.confirmDraft) {
    const message = `No translator has checked the ${pack.name.english} pack yet. Confirm that you want to use the draft: the copy will say so in both languages.`;
    throw new ValidationError(message, { bilingual: message });
  }
  return { pack, order: bilingual.order };
}
