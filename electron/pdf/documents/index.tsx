/** @jsxRuntime automatic @jsxImportSource react */
/** Which component, title and file name each document request gets. */
import type { ReactElement } from 'react';
import type { ForRecipientOptions } from '../../../shared/audience/for-recipient';
import { EVERYONE_RECIPIENT } from '../../../shared/audience/recipients';
import { childPlanFor } from '../../../shared/documents/child-plan';
import { familyPlanFor } from '../../../shared/documents/family-plan';
import { ENGLISH, ENGLISH_LANG } from '../../../shared/i18n/catalogue';
import { bothLanguages, documentLanguage, inOrder, type DocumentLanguage, type DocumentLanguageChoice } from '../../../shared/i18n/document-language';
import { ownWordsIn } from '../../../shared/i18n/own-words';
import { informationPackFor } from '../../../shared/documents/information-pack';
import type { MakeDocument } from '../../../shared/documents/request';
import type { DocumentSource } from '../../../shared/documents/source';
import { letterFor, letterRecipient } from '../../../shared/letter/letter-recipients';
import { ENGLISH_LETTER_WORDS, letterWords } from '../../../shared/letter/letter-words';
import { PRINT_SIZES } from '../styles';
import { drawableText } from '../typeface';
import type { Copies, Said } from '../said';
import { ChildPlanDocument } from './child-plan';
import { FamilyPlanDocument } from './family-plan';
import { InformationPackDocument } from './information-pack';
import { LetterDocument, letterTitle } from './letter';
import { letterModel } from './letter-model';
import { PlanDocument, planTitle } from './plan';
import { RecordDocument, recordTitle } from './record';

export interface DocumentToRender {
  readonly element: ReactElement;
  readonly title: string;
  readonly fileName: string;
  /** "en-GB", or a bilingual copy's second language. */
  readonly language: string;
  /** Fixed words the second language's pack lacks, printed in English instead (message keys). */
  readonly untranslatedKeys: readonly string[];
}

/** The English model and, with a second language, its translation, in the order the chair chose. */
function copiesInOrder<X>(english: X, translated: X | null, language: DocumentLanguage | null): Copies<X> {
  const first = { value: english, lang: ENGLISH_LANG };
  if (language === null || translated === null) return [first];
  // The pack's words were not in the source: they are made drawable as the source was.
  return inOrder(language, first, { value: drawable(translated, language.locale), lang: language.locale });
}

/** What the frame of a bilingual copy says in both languages: the draft note, and "Page 1 of 3". */
function frameWords(language: DocumentLanguage | null): { draftNotice: readonly Said[] | null; pageNumber?: (page: number, total: number) => string } {
  if (language === null) return { draftNotice: null };
  return {
    draftNotice: language.draft ? bothLanguages(language, (catalogue) => catalogue.format('frame.draftNotice')).map((said) => ({ ...said, text: drawableText(said.text, said.lang) })) : null,
    pageNumber: (page, total) => bothLanguages(language, (catalogue) => catalogue.format('frame.pageNumber', { page, total })).map((said) => said.text).join(' · '),
  };
}

/** A bilingual copy's file name says its language: "family-plan-…-2026-03-19-pl.pdf". */
const languagePart = (language: DocumentLanguage | null) => (language === null ? '' : `-${fileNamePart(language.locale)}`);

/** Letters, digits and hyphens only: a file name that every file system and e-mail system keeps. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Every string in the source, made drawable (see drawableText): the one place text enters a document. */
function drawable<T>(value: T, lang?: string): T {
  if (typeof value === 'string') return drawableText(value, lang) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => drawable(item, lang)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, drawable(inner, lang)])) as T;
  return value;
}

/**
 * The document a request asks for. A family document is laid out from its recipient's copy of the
 * conference (shared/audience/for-recipient.ts); a letter asked for without a recipient is the copy
 * for everyone invited, which holds only what reaches the whole family.
 */
export function documentFor(
  request: Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'> & ForRecipientOptions & { readonly language?: DocumentLanguageChoice | null },
  original: DocumentSource,
): DocumentToRender {
  const language = request.language ? documentLanguage(request.language) : null;
  const inLanguage = { language: language?.locale ?? ENGLISH_LANG };
  // Read after the models are built: the keys the pack lacked while building them.
  const untranslated = () => ({ untranslatedKeys: language === null ? [] : [...language.catalogue.fellBack] });
  // The logo is a checked file, not text: it is kept as it is.
  const source = drawable({ ...original, authority: null });
  const letterhead = original.authority ? { ...drawable({ ...original.authority, logo: null }), logo: original.authority.logo } : null;
  const printSize = PRINT_SIZES[request.printSize];
  const madeOn = new Date(`${source.madeOn}T12:00:00Z`);
  const held = source.conference.details.scheduledDate;
  const large = request.printSize === 'large' ? '-large-print' : '';
  switch (request.kind) {
    case 'family-plan': {
      const second = language === null ? null : { words: language.plan, ownWords: (copy: DocumentSource) => ownWordsIn(copy, language.translations) };
      const { model, translated } = familyPlanFor(source, request.recipientId ?? '', request, second);
      const copies = copiesInOrder(model, translated, language);
      const columns = copies.map(({ lang }) => {
        const catalogue = language !== null && lang === language.locale ? language.catalogue : ENGLISH;
        return { date: drawableText(catalogue.format('plan.column.date'), lang), what: drawableText(catalogue.format('plan.column.whatHappens'), lang) };
      });
      const subject = (language !== null && copies[0]?.lang === language.locale ? language.catalogue : ENGLISH).format('frame.familyPlanSubject');
      const layout = { copies, columns, subject, ...frameWords(language) };
      return {
        element: <FamilyPlanDocument layout={layout} printSize={printSize} madeOn={madeOn} letterhead={letterhead} />,
        title: copies[0]?.value.title ?? model.title,
        fileName: `family-plan-${fileNamePart(model.recipient.name)}-${held}${large}${languagePart(language)}.pdf`,
        ...inLanguage,
        ...untranslated(),
      };
    }
    case 'child-plan': {
      const second = language === null ? null : { words: language.child, ownWords: (copy: DocumentSource) => ownWordsIn(copy, language.translations) };
      const { model, translated } = childPlanFor(source, request.recipientId ?? '', second);
      const copies = copiesInOrder(model, translated, language);
      const subject = (language !== null && copies[0]?.lang === language.locale ? language.catalogue : ENGLISH).format('frame.childPlanSubject');
      return {
        element: <ChildPlanDocument layout={{ copies, subject, ...frameWords(language) }} printSize={printSize} madeOn={madeOn} letterhead={letterhead} />,
        title: copies[0]?.value.title ?? model.title,
        fileName: `your-plan-${fileNamePart(model.child.name)}-${held}${large}${languagePart(language)}.pdf`,
        ...inLanguage,
        ...untranslated(),
      };
    }
    case 'information-pack': {
      const { model } = informationPackFor(source, request.recipientId ?? '');
      return {
        element: <InformationPackDocument model={model} printSize={printSize} madeOn={madeOn} letterhead={letterhead} />,
        title: model.title,
        fileName: `information-pack-${fileNamePart(model.recipient.name)}-${held}${large}.pdf`,
        language: ENGLISH_LANG,
        untranslatedKeys: [],
      };
    }
    case 'record':
      return { element: <RecordDocument source={{ ...source, authority: letterhead }} printSize={printSize} />, title: recordTitle(source), fileName: `conference-record-${held}${large}.pdf`, language: ENGLISH_LANG, untranslatedKeys: [] };
    case 'plan':
      return { element: <PlanDocument source={{ ...source, authority: letterhead }} printSize={printSize} />, title: planTitle(source), fileName: `child-protection-plan-${held}${large}.pdf`, language: ENGLISH_LANG, untranslatedKeys: [] };
    case 'letter': {
      const recipientId = request.recipientId ?? EVERYONE_RECIPIENT;
      const recipient = letterRecipient(source, recipientId);
      const copy = letterFor(source, recipientId, request).source;
      const everyone = recipient.kind === 'everyone';
      // The letter in English, and in the pack's language from the same copy with its own words translated.
      const english = letterModel(copy, ENGLISH_LETTER_WORDS, everyone, null);
      const translated = language === null ? null : letterModel(ownWordsIn(copy, language.translations), letterWords(language.catalogue), everyone, language.plan);
      const copies = copiesInOrder(english, translated, language);
      return {
        element: <LetterDocument source={{ ...copy, authority: letterhead }} printSize={printSize} layout={{ copies, ...frameWords(language) }} />,
        title: copies[0]?.value.title ?? letterTitle(copy),
        fileName: `decision-letter-${everyone ? '' : `${fileNamePart(recipient.name)}-`}${held}${large}${languagePart(language)}.pdf`,
        ...inLanguage,
        ...untranslated(),
      };
    }
  }
}
