/**
 * Bilingual copies (issue 16): the same document model built in two languages from one
 * recipient's copy, laid out side by side paragraph by paragraph. A `Said` is one text in one
 * language; `Copies` are the same part of the model in each language, first language first.
 */
export interface Said {
  readonly text: string;
  /** BCP 47, as the PDF's Lang takes it. */
  readonly lang: string;
}

export type Copies<X> = readonly { readonly value: X; readonly lang: string }[];

/** A model in one or more languages, in the order they are printed. */
export function copiesOf<X>(...versions: readonly { readonly value: X; readonly lang: string }[]): Copies<X> {
  return versions;
}

export const ENGLISH_LANG = 'en-GB';

/**
 * The same text in each copy; a copy without it (null, or nothing there) adds nothing. Words the
 * same in every copy (the conference's own words not translated yet, a name) are printed once, as
 * English: twice would only make the reader compare them.
 */
export function said<X>(copies: Copies<X>, pick: (value: X) => string | null | undefined): Said[] {
  const all = copies.flatMap(({ value, lang }) => {
    const text = pick(value);
    return text === null || text === undefined ? [] : [{ text, lang }];
  });
  return once(all, (one) => one.text);
}

/** One of several versions that all say the same, the English one where there is one. */
export function once<X extends { readonly lang: string }>(versions: readonly X[], words: (version: X) => string): X[] {
  if (versions.length < 2 || versions.some((version) => words(version) !== words(versions[0] as X))) return [...versions];
  return [versions.find((version) => version.lang === ENGLISH_LANG) ?? (versions[0] as X)];
}

/**
 * The same list in each copy, item by item: the n-th item of every copy together. The copies are
 * built from the same recipient's copy by the same rules, so their lists line up; should one be
 * longer (a translated contingency split differently), its extra items are printed alone.
 */
export function each<X, Y>(copies: Copies<X>, pick: (value: X) => readonly Y[]): Copies<Y>[] {
  const lists = copies.map(({ value, lang }) => ({ list: pick(value), lang }));
  const length = Math.max(0, ...lists.map(({ list }) => list.length));
  return Array.from({ length }, (_, index) => lists.flatMap(({ list, lang }) => (index < list.length ? [{ value: list[index] as Y, lang }] : [])));
}

/** The first copy's value: for keys and structure, which every copy shares. */
export function first<X>(copies: Copies<X>): X {
  const copy = copies[0];
  if (copy === undefined) throw new Error('A document needs at least one language.');
  return copy.value;
}
