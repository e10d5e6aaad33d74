/**
 * One language's catalogue of fixed words: ICU MessageFormat messages (FormatJS
 * `intl-messageformat`), with plurals and the language's own rules, and dates and lists formatted
 * with `Intl` for the locale. A key the pack does not have falls back to the English text, and the
 * catalogue remembers which keys did, so the chair's check can list them.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { isolated } from '../languages/bidi';
import { isRightToLeft } from '../languages/scripts';
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

/** The parts of a parsed message this reads: a select's or plural's options, a tag's children. */
interface ElementLike {
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly ElementLike[] }>>;
  readonly children?: readonly ElementLike[];
}

const selectorsByFormat = new WeakMap<IntlMessageFormat, ReadonlySet<string>>();

/** The names of a message's values that choose between its options (`{type, select, …}`): they must reach it as given. */
function selectorsOf(format: IntlMessageFormat): ReadonlySet<string> {
  let names = selectorsByFormat.get(format);
  if (names === undefined) {
    const found = new Set<string>();
    const visit = (elements: readonly ElementLike[]): void => {
      for (const element of elements) {
        if (element.options !== undefined) {
          if (typeof element.value === 'string') found.add(element.value);
          for (const option of Object.values(element.options)) visit(option.value);
        }
        if (element.children !== undefined) visit(element.children);
      }
    };
    visit(format.getAst() as readonly ElementLike[]);
    names = found;
    selectorsByFormat.set(format, names);
  }
  return names;
}

/**
 * The values for a right-to-left message, each text set apart in an isolate (shared/languages/bidi.ts),
 * so a name or words left in English keep their own direction and order inside the sentence.
 * Numbers (which plurals count) and the values a select chooses by are passed as they are.
 */
function isolatedValues(format: IntlMessageFormat, values: MessageValues | undefined): MessageValues | undefined {
  if (values === undefined) return values;
  const selectors = selectorsOf(format);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' && !selectors.has(name) ? isolated(value) : value]));
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
  const rightToLeft = isRightToLeft(lang);
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
      if (format !== null) return formatted(format, rightToLeft ? isolatedValues(format, values) : values);
      if (!english) fellBack.add(key);
      return formatted(compile(ENGLISH_MESSAGES[key], ENGLISH_LANG), values);
    },
    langOf(key) {
      return english || own(key) !== null ? lang : ENGLISH_LANG;
    },
    // English dates as the plan always printed them: "Thursday 19 March 2026", no commas to read aloud.
    date: (isoDate) => (english ? dateFormat.format(dateParts(isoDate)).replace(/,/g, '') : dateFormat.format(dateParts(isoDate))),
    // Each part isolated too: `Ruby، Leo` in an Arabic list would otherwise read as one English run.
    list: (parts) => (parts.length <= 1 ? (parts[0] ?? '') : listFormat.format(rightToLeft ? parts.map(isolated) : parts)),
  };
}

/** The English catalogue: the source words, never a fallback. */
export const ENGLISH: Catalogue = createCatalogue(ENGLISH_LANG, ENGLISH_MESSAGES);
