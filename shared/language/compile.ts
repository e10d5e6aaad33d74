/**
 * Turns a pack into matchers once: every phrase rule of a category shares one combined regular
 * expression (one capturing group per rule), so a check makes a handful of passes over the text
 * however many rules there are.
 */
import type { AcronymRule, LanguagePack, PassiveRule, PhraseRule, Rule, SentenceLengthRule, SwapRule } from './schema';
import type { Audience, Category, Severity } from './types';

/** A rewrite of the matched words (see the rule schema), matched against the whole of them. */
export interface CompiledRewrite {
  readonly match: RegExp;
  readonly to: readonly string[];
}

export interface CompiledPhraseRule {
  readonly rule: PhraseRule | SwapRule;
  readonly rewrites: readonly CompiledRewrite[];
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  readonly afterExact: RegExp | null;
  readonly negatable: boolean;
  readonly explainable: boolean;
}

export interface PhraseGroup {
  readonly category: Category;
  /** Matched against the folded text (see `foldPattern`) unless the group's rules match case. */
  readonly pattern: RegExp;
  readonly folded: boolean;
  /** rules[i] owns capturing group i + 1. */
  readonly rules: readonly CompiledPhraseRule[];
}

export interface CompiledSwap {
  readonly rule: CompiledPhraseRule;
  readonly pattern: RegExp;
  readonly swaps: ReadonlyMap<string, string>;
}

export interface CompiledAcronyms {
  readonly rule: AcronymRule;
  readonly pattern: RegExp;
  readonly allow: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly expansions: ReadonlyMap<string, string>;
}

export interface CompiledPassive {
  readonly rule: PassiveRule;
  readonly pattern: RegExp;
}

export interface CompiledPack {
  readonly pack: LanguagePack;
  readonly groups: readonly PhraseGroup[];
  readonly swaps: readonly CompiledSwap[];
  readonly acronyms: CompiledAcronyms | null;
  readonly passives: readonly CompiledPassive[];
  readonly sentenceLength: SentenceLengthRule | null;
}

// Whole words only: letters and digits on either side mean a longer word ("Scunthorpe").
const START = '(?<![A-Za-z0-9])';
const END = '(?![A-Za-z0-9])';

const NEGATABLE_BY_DEFAULT: ReadonlySet<Category> = new Set(['deficit-blame', 'judgemental']);

/**
 * A case-insensitive pattern rewritten to match text already folded to lower case (see
 * `foldCase`): letters outside escapes become lower case. Matching without the `i` flag is what
 * makes the first check after start cheap: V8 compiles a large case-insensitive Unicode pattern
 * many times more slowly than the same pattern without it.
 */
export function foldPattern(source: string): string {
  let folded = '';
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      // \p{…}, \u{…}: copied whole, names and all.
      if ('pPuk'.includes(next) && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 2);
        folded += source.slice(i, close + 1);
        i = close;
      } else {
        folded += char + next;
        i += 1;
      }
      continue;
    }
    folded += char >= 'A' && char <= 'Z' ? char.toLowerCase() : char;
  }
  return folded;
}

/** ASCII letters to lower case, nothing else: the offsets of the text are kept. */
export function foldCase(text: string): string {
  return /[A-Z]/u.test(text) ? text.replace(/[A-Z]+/gu, (letters) => letters.toLowerCase()) : text;
}

/** Exceptions are tested against folded text (see `foldPattern`), unless letter case matters. */
function anyOf(sources: readonly string[], exact = false): RegExp | null {
  if (sources.length === 0) return null;
  const joined = sources.map((source) => `(?:${source})`).join('|');
  return new RegExp(exact ? joined : foldPattern(joined), 'u');
}

function compilePhraseRule(rule: PhraseRule | SwapRule): CompiledPhraseRule {
  return {
    rule,
    rewrites: rule.kind === 'phrase' ? rule.rewrites.map((rewrite) => ({ match: new RegExp(`^(?:${rewrite.match})$`, 'iu'), to: rewrite.to })) : [],
    before: anyOf(rule.exceptions.before),
    after: anyOf(rule.exceptions.after),
    afterExact: anyOf(rule.exceptions.afterExact, true),
    negatable: rule.kind === 'phrase' ? (rule.negatable ?? NEGATABLE_BY_DEFAULT.has(rule.category)) : false,
    explainable: rule.kind === 'phrase' ? (rule.explainable ?? rule.category === 'system-jargon') : false,
  };
}

function compileGroups(rules: readonly PhraseRule[]): PhraseGroup[] {
  const byKey = new Map<string, PhraseRule[]>();
  for (const rule of rules) {
    const key = `${rule.category}|${rule.caseSensitive ? 'case' : 'nocase'}`;
    byKey.set(key, [...(byKey.get(key) ?? []), rule]);
  }
  return [...byKey.entries()].map(([key, members]) => {
    const alternation = members.map((rule) => `(${rule.patterns.map((p) => `(?:${p})`).join('|')})`).join('|');
    const folded = !key.endsWith('|case');
    const first = members[0];
    if (first === undefined) throw new Error('A phrase group cannot be empty.');
    const source = `${START}(?:${alternation})${END}`;
    return { category: first.category, pattern: new RegExp(folded ? foldPattern(source) : source, 'gu'), folded, rules: members.map(compilePhraseRule) };
  });
}

function compileSwap(rule: SwapRule): CompiledSwap {
  const keys = Object.keys(rule.swaps).sort((a, b) => b.length - a.length);
  return {
    rule: compilePhraseRule(rule),
    pattern: new RegExp(foldPattern(`${START}(?:${keys.join('|')})${END}`), 'gu'),
    swaps: new Map(Object.entries(rule.swaps)),
  };
}

function compileAcronyms(rule: AcronymRule): CompiledAcronyms {
  // Mixed-case acronyms from the glossary ("SoS") are matched by name; the rest by shape.
  const mixed = Object.keys(rule.expansions).filter((key) => /[a-z]/u.test(key) && /^[A-Za-z0-9&]+$/u.test(key));
  const shapes = [
    "[A-Z](?:[A-Z&]|[0-9])*[A-Z0-9](?:['’]?s)?", // ICPC, S47, A&E, GPs, IRO's
    's\\.?(?:7|8|17|20|31|37|38|43|44|46|47)', // s47, s.47
    ...mixed,
  ];
  return {
    rule,
    pattern: new RegExp(`(?<![A-Za-z0-9&])(?:${shapes.join('|')})(?![A-Za-z0-9&])`, 'gu'),
    allow: new Set(rule.allow.map((item) => item.toUpperCase())),
    titles: new Set(rule.titles.map((item) => item.toUpperCase())),
    expansions: new Map(Object.entries(rule.expansions).map(([key, value]) => [key.toUpperCase(), value])),
  };
}

function compilePassive(rule: PassiveRule): CompiledPassive {
  const be = '(?:am|is|are|was|were|be|been|being|get|gets|got|getting|gotten)';
  const adverb = "(?:not|never|also|then|already|just|still|again|recently|previously|later|subsequently|since|now|all|both|each|only|[a-z]+ly)";
  const participles = rule.participles.join('|');
  const personal = `${be}\\s+(?:${adverb}\\s+){0,2}(?:${participles})`;
  const impersonal = rule.impersonalParticiples.length > 0
    ? `|it\\s+(?:is|was|has been|had been|will be|would be)\\s+(?:${rule.impersonalParticiples.join('|')})`
    : '';
  return { rule, pattern: new RegExp(foldPattern(`${START}(?:${personal}${impersonal})(?![A-Za-z0-9-])`), 'gu') };
}

export function compilePack(pack: LanguagePack): CompiledPack {
  const phrases: PhraseRule[] = [];
  const swaps: CompiledSwap[] = [];
  const passives: CompiledPassive[] = [];
  let acronyms: CompiledAcronyms | null = null;
  let sentenceLength: SentenceLengthRule | null = null;
  for (const rule of pack.rules) {
    if (isOffEverywhere(rule)) continue;
    switch (rule.kind) {
      case 'phrase':
        phrases.push(rule);
        break;
      case 'swap':
        swaps.push(compileSwap(rule));
        break;
      case 'acronym':
        acronyms = compileAcronyms(rule);
        break;
      case 'passive':
        passives.push(compilePassive(rule));
        break;
      case 'sentence-length':
        sentenceLength = rule;
        break;
      default: {
        const never: never = rule;
        throw new Error(`Unknown rule kind: ${JSON.stringify(never)}`);
      }
    }
  }
  return { pack, groups: compileGroups(phrases), swaps, acronyms, passives, sentenceLength };
}

function isOffEverywhere(rule: Rule): boolean {
  return rule.severity.professional === 'off' && rule.severity.family === 'off';
}

export function severityFor(rule: Rule, audience: Audience): Severity {
  return rule.severity[audience];
}

const compiled = new WeakMap<LanguagePack, CompiledPack>();

/** Compiling is the expensive part, so each pack object is compiled once. */
export function compiledPack(pack: LanguagePack): CompiledPack {
  let result = compiled.get(pack);
  if (result === undefined) {
    result = compilePack(pack);
    compiled.set(pack, result);
  }
  return result;
}
