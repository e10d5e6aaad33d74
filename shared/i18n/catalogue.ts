/**
 * One language's catalogue of fixed words: ICU MessageFormat messages (FormatJS
 * `intl-messageformat`), with plurals and the language's own rules, and dates and lists formatted
 * with `Intl` for the locale. A key the pack does not have falls back to the English text, and the
 * catalogue remembers which keys did, so the chair's check can list them.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ENGLISH_MESSAGES, type MessageKey } from './messages-en';

export type MessageValues = Readonly<Record<string, string | number>>;

export interface Catalogue {
  /** The BCP 47 code the words are in, as the PDF's Lang says it ("en-GB", "pl"). */
  readonly lang: string;
  /** The message for a key, in this language, or in English when the pack lacks it. */
  format(key: MessageKey, values?: MessageValues): string;
  /** The language of the text `format(key)` gives: this catalogue's, or English for a fallback. */
  langOf(key: MessageKey): string;
  /** "Thursday 19 March 2026", as the language writes a full date. */
  date(isoDate: string): string;
  /** "Ruby, Leo and the baby", as the language joins a list. */
  list(parts: readonly string[]): string;
  /** The keys asked for that fell back to English, in the order first asked. */
  readonly fellBack: ReadonlySet<MessageKey>;
}

export const ENGLISH_LANG = 'en-GB';

function dateParts(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** Compiled messages, shared by every catalogue of the same locale and text (the packs hardly change). */
const compiled = new Map<string, IntlMessageFormat>();

function compile(message: string, lang: string): IntlMessageFormat {
  const cacheKey = `${lang}\u0000${message}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    format = new IntlMessageFormat(message, lang);
    compiled.set(cacheKey, format);
  }
  return format;
}

function formatted(format: IntlMessageFormat, values: MessageValues | undefined): string {
  const result = format.format(values as Record<string, string | number> | undefined);
  return Array.isArray(result) ? result.join('') : String(result);
}

/**
 * A catalogue for a language from its messages. `messages` may lack keys (they fall back to
 * English) and must already be checked (shared/i18n/pack-check.ts): a message that does not parse
 * falls back too, rather than stopping a document.
 */
export function createCatalogue(lang: string, messages: Readonly<Partial<Record<string, string>>>): Catalogue {
  const dateFormat = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  const english = lang === ENGLISH_LANG;
  const fellBack = new Set<MessageKey>();
  const own = (key: MessageKey): IntlMessageFormat | null => {
    const message = english ? undefined : messages[key];
    if (message === undefined) return null;
    try {
      return compile(message, lang);
    } catch {
      return null;
    }
  };
  return {
    lang,
    fellBack,
    format(key, values) {
      const format = own(key);
      if (format !== null) return formatted(format, values);
      if (!english) fellBack.add(key);
      return formatted(compile(ENGLISH_MESSAGES[key], ENGLISH_LANG), values);
    },
    langOf(key) {
      return english || own(key) !== null ? lang : ENGLISH_LANG;
    },
    // English dates as the plan always printed them: "Thursday 19 March 2026", no commas to read aloud.
    date: (isoDate) => (english ? dateFormat.format(dateParts(isoDate)).replace(/,/g, '') : dateFormat.format(dateParts(isoDate))),
    list: (parts) => (parts.length <= 1 ? (parts[0] ?? '') : listFormat.format(parts)),
  };
}

/** The English catalogue: the source words, never a fallback. */
export const ENGLISH: Catalogue = createCatalogue(ENGLISH_LANG, ENGLISH_MESSAGES);
