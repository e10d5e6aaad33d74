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
import type { ForRecipient } from '../../shared/audience/for-recipient';
import { usableTranslations } from '../../shared/translation/status';
import type { HandlerContext } from './context';
import { translatedCopy } from './translation';

/** The authority's imported pack for the language, or else the shipped draft, or none. */
export function packFor(context: HandlerContext, locale: string): LanguagePack | null {
  return readImportedPack(context.db, locale)?.pack ?? shippedPack(locale);
}

/**
 * The language a document is made in besides English, or a clear refusal: no pack, a draft pack
 * not confirmed, or (translatedCopy) any of the conference's own words in the recipient's copy
 * neither translated nor left in English by the chair.
 */
export function languageChoice(context: HandlerContext, bilingual: Bilingual | null, copy: (() => { readonly copy: ForRecipient; readonly recipientId: string }) | null): DocumentLanguageChoice | null {
  if (bilingual === null) return null;
  const pack = packFor(context, bilingual.language);
  if (pack === null) throw new ValidationError('There is no language pack for this language.', { bilingual: 'Choose a language Confer has a pack for, or import one in Settings.' });
  if (pack.status.kind === 'draft' && !bilingual.confirmDraft) {
    const message = `No translator has checked the ${pack.name.english} pack yet. Confirm that you want to use the draft: the copy will say so in both languages.`;
    throw new ValidationError(message, { bilingual: message });
  }
  if (copy === null) return { pack, order: bilingual.order };
  const { copy: recipientCopy, recipientId } = copy();
  const { status } = translatedCopy(context, recipientCopy, recipientId, pack.locale);
  return { pack, order: bilingual.order, translations: Object.fromEntries(usableTranslations(status)) };
}
