/**
 * The vocabulary of the language checker. Everything here is plain readonly data so findings can
 * cross a worker or IPC boundary unchanged.
 */

/** The categories of the language guide (section 5); they are also the evaluation labels. */
export const CATEGORIES = [
  'deficit-blame',
  'judgemental',
  'victim-blaming',
  'acronym',
  'system-jargon',
  'officialese',
  'vague',
  'passive-agentless',
  'long-sentence',
  'depersonalising',
  'us-spelling',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who will read the text: the professional record, or something the family will read. */
export const AUDIENCES = ['professional', 'family'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** `info` is a gentle nudge (not counted as a finding to resolve); `off` switches a rule off. */
export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type SeverityByAudience = Readonly<Record<Audience, Severity>>;

export interface Suggestion {
  readonly text: string;
  /** True only for mechanical swaps (UK spelling, a glossary expansion) that can be applied blind. */
  readonly safe: boolean;
  /** True when the words stand in for the flagged words as they are (a one-click change); false
   *  for a prompt or a worked example. Left out, the screen decides from the words' shape. */
  readonly replace?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Exclude<Severity, 'off'>;
  /** UTF-16 offsets into the checked text; `text.slice(start, end)` is the matched span. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  readonly suggestions: readonly Suggestion[];
}

/** The people of the conference being written: suggestions that name someone take the names
 *  from here, and a check that needs a child's age reads it here. */
export interface ConferencePeople {
  /** Born children: first name and age in whole years on the day of the check, if known. */
  readonly children: readonly { readonly name: string; readonly age: number | null }[];
  /** Parents and carers: first name, and what the children call them, if the record says. */
  readonly parents: readonly { readonly name: string; readonly calledBy: 'Mum' | 'Dad' | null }[];
}

export const NO_PEOPLE: ConferencePeople = Object.freeze({ children: [], parents: [] });

/** Readability targets for family-facing text; passed in so an authority can set its own. */
export interface LanguageTargets {
  readonly minReadingEase: number;
  readonly maxReadingAge: number;
  readonly maxSentenceWords: number;
}

export const DEFAULT_LANGUAGE_TARGETS: LanguageTargets = Object.freeze({
  minReadingEase: 60,
  maxReadingAge: 11,
  maxSentenceWords: 25,
});
