/** What a request names of a second language: plain values, light enough for every layer to import. */

/** "pl", "pa", "pt-BR": a language, and a script or region if needed. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/u;

export const BILINGUAL_ORDERS = ['theirs-first', 'english-first'] as const;
export type BilingualOrder = (typeof BILINGUAL_ORDERS)[number];
