/**
 * Which writing system a language is written in, and which way its lines run, from its BCP 47
 * tag. The documents choose their fonts and lay out right-to-left paragraphs from this; the
 * screens can use it to set `dir` on text in the family's language. Pure: no Node, no DOM.
 */

/** The scripts the family documents can print (each has a bundled font). */
export type DocumentScript = 'Latin' | 'Cyrillic' | 'Arabic' | 'Bengali' | 'Gurmukhi' | 'Ethiopic';
export type TextDirection = 'ltr' | 'rtl';

export interface LanguageScript {
  /** The tag in its canonical form, such as `pa-Arab` or `en-GB`. */
  readonly tag: string;
  readonly script: DocumentScript;
  readonly direction: TextDirection;
}

/** ISO 15924 script subtags the documents know, as written in a tag (`sr-Cyrl`, `pa-Arab`). */
const SCRIPT_SUBTAGS: Readonly<Record<string, DocumentScript>> = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Arab: 'Arabic',
  Beng: 'Bengali',
  Guru: 'Gurmukhi',
  Ethi: 'Ethiopic',
};

/**
 * Each language's usual script when its tag names none. Languages of families in England first
 * (the list), then neighbours that share their script. A language not listed here, with
 * no script subtag, is unknown: `languageScript` answers null rather than guess.
 */
const USUAL_SCRIPT: Readonly<Record<string, DocumentScript>> = {
  // Latin
  en: 'Latin', pl: 'Latin', ro: 'Latin', pt: 'Latin', so: 'Latin', lt: 'Latin', lv: 'Latin', es: 'Latin',
  fr: 'Latin', it: 'Latin', de: 'Latin', nl: 'Latin', cs: 'Latin', sk: 'Latin', hu: 'Latin', sq: 'Latin',
  tr: 'Latin', vi: 'Latin', cy: 'Latin', ga: 'Latin', gd: 'Latin', sw: 'Latin', yo: 'Latin', ig: 'Latin',
  hr: 'Latin', bs: 'Latin', sl: 'Latin', et: 'Latin', ku: 'Latin', om: 'Latin', ln: 'Latin', tl: 'Latin',
  rom: 'Latin', ms: 'Latin', id: 'Latin',
  // Cyrillic
  ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', be: 'Cyrillic', mk: 'Cyrillic', sr: 'Cyrillic',
  // Arabic script
  ar: 'Arabic', ur: 'Arabic', fa: 'Arabic', ps: 'Arabic', ckb: 'Arabic', prs: 'Arabic', sd: 'Arabic',
  ug: 'Arabic', skr: 'Arabic', pnb: 'Arabic',
  // Bengali script
  bn: 'Bengali', as: 'Bengali',
  // Gurmukhi (Punjabi as written in India and by most Punjabi speakers in England)
  pa: 'Gurmukhi',
  // Ethiopic (Ge'ez)
  ti: 'Ethiopic', am: 'Ethiopic', tig: 'Ethiopic',
};

const RIGHT_TO_LEFT: ReadonlySet<DocumentScript> = new Set(['Arabic']);

/** The canonical tag, or null when the text is not a well-formed BCP 47 tag. */
export function canonicalTag(tag: string): string | null {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The script and direction of a language, or null when the tag is malformed, or names a language
 * or script the documents cannot print. A script subtag wins over the language's usual script:
 * `pa-Arab` (Shahmukhi Punjabi) is right to left, `pa` is not.
 */
export function languageScript(tag: string): LanguageScript | null {
  const canonical = canonicalTag(tag);
  if (canonical === null) return null;
  const [language = '', ...subtags] = canonical.split('-');
  const scriptSubtag = subtags.find((subtag) => /^[A-Z][a-z]{3}$/.test(subtag));
  const script = scriptSubtag === undefined ? USUAL_SCRIPT[language] : SCRIPT_SUBTAGS[scriptSubtag];
  if (script === undefined) return null;
  return { tag: canonical, script, direction: RIGHT_TO_LEFT.has(script) ? 'rtl' : 'ltr' };
}

/** Whether a language's lines run right to left (false for a tag it does not know). */
export const isRightToLeft = (tag: string): boolean => languageScript(tag)?.direction === 'rtl';
