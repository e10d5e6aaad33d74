/**
 * The decision letter's fixed words in the language of a catalogue (shared/i18n, ICU
 * MessageFormat). English is the source: the letter in English reads exactly as it always has
 * (its dates and lists of names as the professional documents write them); a language pack
 * translates the same keys, with dates and lists written the language's way by `Intl`.
 */
import type { ConferenceType } from '../conference/schema';
import { formatIsoDate } from '../dates/format';
import { ENGLISH, ENGLISH_LANG, type Catalogue } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/messages-en';

/** The select values of `letter.conference`: ICU select keys are plain words. */
const CONFERENCE_TYPE_WORD: Readonly<Record<ConferenceType, string>> = {
  initial: 'initial',
  review: 'review',
  'pre-birth-initial': 'prebirth',
  'transfer-in': 'transfer',
};

const TITLE_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Ruby Price", "Ruby Price and Leo Mills", "Ruby Price, Leo Mills and Unborn baby Mills". */
function englishNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function dateParts(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export interface LetterWords {
  readonly lang: string;
  readonly catalogue: Catalogue;
  /** A fixed phrase or sentence. */
  readonly t: (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;
  /** A date in the letter's body. */
  readonly date: (isoDate: string) => string;
  /** The date in the letter's title. */
  readonly titleDate: (isoDate: string) => string;
  readonly names: (names: readonly string[]) => string;
  /** "Review child protection conference", and in a sentence "review child protection conference". */
  readonly conference: (type: ConferenceType, inSentence?: boolean) => string;
  /** The three ways to challenge the decision, talking to the chair first. */
  readonly howToChallenge: (chairName: string | null) => string[];
}

export function letterWords(catalogue: Catalogue): LetterWords {
  const english = catalogue.lang === ENGLISH_LANG;
  const t = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => catalogue.format(key, values);
  return {
    lang: catalogue.lang,
    catalogue,
    t,
    date: english ? formatIsoDate : catalogue.date,
    titleDate: english ? (date) => TITLE_DATE.format(dateParts(date)) : catalogue.date,
    names: english ? englishNames : catalogue.list,
    conference: (type, inSentence = false) => t(inSentence ? 'letter.conferenceInSentence' : 'letter.conference', { type: CONFERENCE_TYPE_WORD[type] }),
    howToChallenge: (chairName) => [t('letter.challenge.talk', { chair: chairName ?? t('letter.theChair') }), t('letter.challenge.complaint'), t('letter.challenge.agency')],
  };
}

export const ENGLISH_LETTER_WORDS: LetterWords = letterWords(ENGLISH);
