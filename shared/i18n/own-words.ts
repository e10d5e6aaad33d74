/**
 * The conference's own words (outcomes, actions, summaries, what people said) in a recipient's
 * second language. Until the translator's round trip (issue 16, item 3: XLIFF export and import)
 * is wired in, this is an identity stand-in: the copy comes back unchanged, so the conference's
 * own words print in English in both halves of a bilingual copy, and every one of them is listed
 * as not yet translated. Only the fixed words come from the language pack.
 */
import type { DocumentSource } from '../documents/source';

export interface OwnWordsInLanguage {
  /** The recipient's copy with the conference's own words in the language (for now: as they are). */
  readonly source: DocumentSource;
  /** Whether the conference's own words are translated at all (false while this is a stand-in). */
  readonly translated: boolean;
}

export function ownWordsIn(copy: DocumentSource, _locale: string): OwnWordsInLanguage {
  return { source: copy, translated: false };
}
