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
