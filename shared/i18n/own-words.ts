/**
 * The conference's own words (outcomes, actions, summaries, what people said) in a recipient's
 * second language: the copy with each segment's translation from the translator's round trip
 * (shared/translation, XLIFF 2), found and checked by the handler before the document is asked
 * for. A segment without one (left in English by the chair) keeps its English.
 */
import type { ForRecipient } from '../audience/for-recipient';
import type { DocumentSource } from '../documents/source';
import { translateCopy } from '../translation/translate-copy';

export function ownWordsIn(copy: DocumentSource, translations: ReadonlyMap<string, string>): DocumentSource {
  // translateCopy reads only the copy's source; what was left out stays with the English copy.
  const forRecipient: ForRecipient = { source: copy, leftOut: [], childIds: [] };
  return translateCopy(forRecipient, translations).source;
}
