/**
 * Turns what someone typed into an FTS5 query that cannot fail: FTS5's own syntax (quotes, `*`,
 * `NEAR(`, `-`, `AND`, column filters) is never passed through. Each run of letters and digits
 * becomes a quoted term; terms of two characters or more match as prefixes ("Kest" finds
 * "Kestrel"); every term must match. Null when nothing searchable was typed.
 */
export const MAX_SEARCH_TERMS = 8;

export function searchTerms(text: string): string[] {
  const terms = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.slice(0, MAX_SEARCH_TERMS);
}

export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms.map((term) => (term.length >= 2 ? `"${term}"*` : `"${term}"`)).join(' ');
}
