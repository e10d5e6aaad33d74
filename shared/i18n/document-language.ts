/**
 * What a bilingual family document needs of its second language: the catalogue made from the
 * pack, the fixed words of each document in it, the order the two languages are printed in, and
 * the draft note when no translator has checked the pack yet.
 */
import { childPlanWords, type ChildPlanWords } from '../documents/child-plan-words';
import { familyPlanWords, type FamilyPlanWords } from '../documents/family-plan-words';
import { createCatalogue, ENGLISH, ENGLISH_LANG, type Catalogue } from './catalogue';
import type { BilingualOrder } from './choice';
import type { LanguagePack } from './pack';


/** The second language a document is made in, with its checked pack (resolved by the handler). */
export interface DocumentLanguageChoice {
  readonly pack: LanguagePack;
  readonly order: BilingualOrder;
  /**
   * The conference's own words of this recipient's copy in the language, by segment id
   * (shared/translation): every segment translated or left in English (which keeps its English).
   */
  readonly translations?: Readonly<Record<string, string>>;
}

export interface DocumentLanguage {
  readonly locale: string;
  readonly catalogue: Catalogue;
  readonly plan: FamilyPlanWords;
  readonly child: ChildPlanWords;
  readonly order: BilingualOrder;
  readonly draft: boolean;
  readonly translations: ReadonlyMap<string, string>;
}

export function documentLanguage(choice: DocumentLanguageChoice): DocumentLanguage {
  const catalogue = createCatalogue(choice.pack.locale, choice.pack.messages);
  return { locale: choice.pack.locale, catalogue, plan: familyPlanWords(catalogue), child: childPlanWords(catalogue), order: choice.order, draft: choice.pack.status.kind === 'draft', translations: new Map(Object.entries(choice.translations ?? {})) };
}

/** Two things in the order the chair chose: theirs first, or English first. */
export function inOrder<X>(language: Pick<DocumentLanguage, 'order'>, english: X, theirs: X): [X, X] {
  return language.order === 'theirs-first' ? [theirs, english] : [english, theirs];
}

/** The same message in both languages, in the chosen order, each with its language code. */
export function bothLanguages(language: DocumentLanguage, format: (catalogue: Catalogue) => string): { text: string; lang: string }[] {
  return inOrder(language, { text: format(ENGLISH), lang: ENGLISH_LANG }, { text: format(language.catalogue), lang: language.locale });
}
