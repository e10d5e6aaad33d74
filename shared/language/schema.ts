import { z } from 'zod';
import { AUDIENCES, CATEGORIES, SEVERITIES } from './types';

/**
 * Rules are data. This schema is the contract for the national pack (checked when the pack is
 * loaded) and for anything an authority imports, so a bad rule fails loudly and early.
 */

const nonEmpty = z.string().trim().min(1);

/** A regular-expression fragment. Fragments are combined into larger expressions, so they may
 *  use only non-capturing groups, and they must compile. */
export const patternSource = nonEmpty.refine(
  (source) => {
    try {
      // One extra alternative lets us count capturing groups from an empty match.
      const groups = new RegExp(`${source}|`, 'u').exec('');
      return groups !== null && groups.length === 1;
    } catch {
      return false;
    }
  },
  { message: 'A pattern must be a valid regular expression with no capturing groups.' },
);

export const CategorySchema = z.enum(CATEGORIES);
export const AudienceSchema = z.enum(AUDIENCES);
export const SeveritySchema = z.enum(SEVERITIES);
export const SeverityByAudienceSchema = z.object({
  professional: SeveritySchema,
  family: SeveritySchema,
});

/** Words a suggestion may take from the conference being written: the children's first names
 *  and the parents as the family calls them. A suggestion whose placeholder the conference
 *  cannot fill is left out, so product text never carries anyone's name. */
export const PLACEHOLDERS = ['{child}', '{children}', '{mum}', '{dad}', '{mother}', '{father}'] as const;

const withKnownPlaceholders = (text: string) => (text.match(/\{[a-z]+\}/gu) ?? []).every((found) => (PLACEHOLDERS as readonly string[]).includes(found));
const suggestionText = nonEmpty.refine(withKnownPlaceholders, { message: `Placeholders are ${PLACEHOLDERS.join(', ')}.` });

export const SuggestionSchema = z.object({ text: suggestionText, safe: z.boolean(), replace: z.boolean().optional() });

/** A regular expression used on its own (so it may capture), for example on the matched words. */
const standalonePattern = nonEmpty.refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'A pattern must be a valid regular expression.' },
);

/** One-click changes that depend on the words matched ("refusing" becomes "declining"): the
 *  first rewrite whose `match` fits the whole of the matched words gives the changes, written
 *  with $1, $2 for its groups and the placeholders above. */
const RewriteSchema = z.object({ match: standalonePattern, to: z.array(suggestionText).min(1) });

const ExamplesSchema = z.object({
  /** Each of these must raise the rule. */
  flag: z.array(nonEmpty).min(1),
  /** None of these may raise the rule. */
  pass: z.array(nonEmpty).min(1),
});

/** Words around a match that show an everyday or legal sense. Regex fragments: `before` is
 *  tested against the text of the sentence before the match (anchor it with `$`), `after` against
 *  the text after it (anchor it with `^`). */
const ExceptionsSchema = z.object({
  before: z.array(patternSource).default([]),
  after: z.array(patternSource).default([]),
  /** Like `after`, but letter case matters (a capitalised name after a verb). */
  afterExact: z.array(patternSource).default([]),
});

const common = {
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/u, 'Rule ids are lower-case words joined by dots or hyphens.'),
  category: CategorySchema,
  severity: SeverityByAudienceSchema,
  /** Shown to the writer: plain words, no scolding. */
  message: nonEmpty,
  /** Why the wording matters, in a sentence. */
  why: nonEmpty,
  /** Where the guidance comes from (see the language guide, section 1.1). */
  source: z.array(nonEmpty).min(1),
  suggestions: z.array(SuggestionSchema).default([]),
  examples: ExamplesSchema,
};

/** Words and phrases, matched whole-word and case-insensitively. */
export const PhraseRuleSchema = z.object({
  ...common,
  kind: z.literal('phrase'),
  patterns: z.array(patternSource).min(1),
  exceptions: ExceptionsSchema.default({ before: [], after: [], afterExact: [] }),
  /** "has never refused" is not a finding. Defaults on for blame and judgement. */
  negatable: z.boolean().optional(),
  /** A term followed by its explanation ("core group, the people who…") is fine. Defaults on
   *  for system jargon. */
  explainable: z.boolean().optional(),
  /** Match letter case exactly (used for "Mother" as a name). */
  caseSensitive: z.boolean().default(false),
  rewrites: z.array(RewriteSchema).default([]),
  /** A condition the sentence must meet as well. `adult-with-child`: the sentence shows the
   *  other person is an adult and the young person a child (by the record's date of birth for a
   *  child of the conference, or the sentence's own words). `no-facts`: the sentence gives no
   *  number, date, time or observation (see facts.ts). */
  requires: z.enum(['adult-with-child', 'no-facts']).optional(),
});

/** Mechanical one-word swaps (US to UK spelling); the replacement is a safe suggestion. */
export const SwapRuleSchema = z.object({
  ...common,
  kind: z.literal('swap'),
  swaps: z.record(z.string().regex(/^[a-z]+$/u), nonEmpty),
  exceptions: ExceptionsSchema.default({ before: [], after: [], afterExact: [] }),
});

/** Unexplained acronyms: defined-in-text and allow-listed acronyms pass. */
export const AcronymRuleSchema = z.object({
  ...common,
  kind: z.literal('acronym'),
  allow: z.array(nonEmpty),
  /** Police ranks and similar titles read as part of a name ("DC Cole"). */
  titles: z.array(nonEmpty).default([]),
  expansions: z.record(nonEmpty, nonEmpty).default({}),
});

/** Passives that hide an actor who matters: be/get + one of these participles, with no "by …". */
export const PassiveRuleSchema = z.object({
  ...common,
  kind: z.literal('passive'),
  participles: z.array(z.string().regex(/^[a-z]+$/u)).min(1),
  /** Only after "it is / it was …" ("it is hoped that"). */
  impersonalParticiples: z.array(z.string().regex(/^[a-z]+$/u)).default([]),
});

/** Sentences over the target length (the limit itself comes from the targets). */
export const SentenceLengthRuleSchema = z.object({
  ...common,
  kind: z.literal('sentence-length'),
  /** Above this many words the family-facing severity becomes `error`. */
  errorOverWords: z.number().int().positive(),
});

export const RuleSchema = z.discriminatedUnion('kind', [
  PhraseRuleSchema,
  SwapRuleSchema,
  AcronymRuleSchema,
  PassiveRuleSchema,
  SentenceLengthRuleSchema,
]);

export type Rule = z.infer<typeof RuleSchema>;
export type PhraseRule = z.infer<typeof PhraseRuleSchema>;
export type SwapRule = z.infer<typeof SwapRuleSchema>;
export type AcronymRule = z.infer<typeof AcronymRuleSchema>;
export type PassiveRule = z.infer<typeof PassiveRuleSchema>;
export type SentenceLengthRule = z.infer<typeof SentenceLengthRuleSchema>;
/** What rule files write: defaults may be left out. */
export type RuleInput = z.input<typeof RuleSchema>;

/** A whole pack: the national base pack, or the result of layering an authority pack on it. */
export const LanguagePackSchema = z.object({
  id: nonEmpty,
  version: nonEmpty,
  rules: z.array(RuleSchema).min(1),
  /** Organisations and services whose names contain flagged words ("Caring Dads"). */
  properNouns: z.array(nonEmpty).default([]),
});
export type LanguagePack = z.infer<typeof LanguagePackSchema>;
