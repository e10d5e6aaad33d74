/**
 * The check itself. Text is checked line by line (no sentence crosses a line break), so an
 * edited paragraph can be re-checked on its own; acronym definitions are the one thing that
 * spans the whole document, and they are resolved in a cheap final pass.
 */
import type { CompiledPack, CompiledPhraseRule } from './compile';
import { compiledPack, foldCase } from './compile';
import {
  findDefinitions,
  findProtected,
  findQuotes,
  isExplained,
  isNegated,
  looksLikeProperNoun,
  normaliseAcronym,
  overlapsAny,
  protectedPattern,
  quoteAt,
} from './context';
import type { QuoteSpan } from './context';
import { NATIONAL_PACK } from './national-pack';
import { givesFacts } from './facts';
import { adultWithChild, fillPlaceholders, fillSuggestions } from './people';
import type { LanguagePack, Rule } from './schema';
import type { Span } from './tokenise';
import { countWords, spanIndexAt, splitLines, splitSentences } from './tokenise';
import type { Audience, ConferencePeople, Finding, LanguageTargets, Severity, Suggestion } from './types';
import { DEFAULT_LANGUAGE_TARGETS, NO_PEOPLE } from './types';

export interface CheckOptions {
  readonly audience: Audience;
  /** The people in the conference: their names are never findings. */
  readonly names?: readonly string[];
  readonly places?: readonly string[];
  /** The national pack, or the result of `mergePacks(NATIONAL_PACK, authorityPack)`. */
  readonly pack?: LanguagePack;
  readonly targets?: LanguageTargets;
  /** The children and parents of the conference: suggestions that name someone are filled from
   *  here (and left out without it), and a child's age is read here. */
  readonly people?: ConferencePeople;
}

/** An acronym seen in a paragraph, kept until the document's definitions are known. */
interface AcronymCandidate {
  readonly key: string;
  readonly finding: Finding;
}

/** Everything one paragraph contributes, with offsets relative to the paragraph. */
export interface ParagraphCheck {
  readonly findings: readonly Finding[];
  readonly acronyms: readonly AcronymCandidate[];
  readonly definitions: readonly string[];
}

interface Context {
  readonly compiled: CompiledPack;
  readonly audience: Audience;
  readonly protect: RegExp | null;
  readonly targets: LanguageTargets;
  readonly people: ConferencePeople;
  /** Each rule's suggestions with this conference's names filled in. */
  readonly filled: Map<Rule, readonly Suggestion[]>;
}

let lastProtectKey = '';
let lastProtect: RegExp | null = null;
let lastPeople: ConferencePeople = NO_PEOPLE;
let lastFilled = new Map<Rule, readonly Suggestion[]>();

function contextFor(options: CheckOptions): Context {
  const pack = options.pack ?? NATIONAL_PACK;
  const names = options.names ?? [];
  const places = options.places ?? [];
  // The names rarely change between checks, so the last pattern is kept.
  const key = `${names.join('\u0000')}\u0001${places.join('\u0000')}\u0001${pack.properNouns.join('\u0000')}`;
  if (key !== lastProtectKey) {
    lastProtect = protectedPattern(names, places, pack.properNouns);
    lastProtectKey = key;
  }
  const people = options.people ?? NO_PEOPLE;
  if (people !== lastPeople) {
    lastPeople = people;
    lastFilled = new Map();
  }
  return { compiled: compiledPack(pack), audience: options.audience, protect: lastProtect, targets: options.targets ?? DEFAULT_LANGUAGE_TARGETS, people, filled: lastFilled };
}

function suggestionsOf(rule: Rule, context: Context): readonly Suggestion[] {
  let filled = context.filled.get(rule);
  if (filled === undefined) {
    filled = fillSuggestions(rule.suggestions, context.people);
    context.filled.set(rule, filled);
  }
  return filled;
}

/** One-click changes made from the matched words themselves ("refusing" → "declining"). */
function rewritesOf(compiled: CompiledPhraseRule, matched: string, context: Context): readonly Suggestion[] {
  for (const rewrite of compiled.rewrites) {
    const found = rewrite.match.exec(matched);
    if (found === null) continue;
    const changes: Suggestion[] = [];
    for (const template of rewrite.to) {
      const words = fillPlaceholders(template.replace(/\$(\d)/gu, (_whole, group: string) => found[Number(group)] ?? ''), context.people);
      if (words !== null) changes.push({ text: words, safe: false, replace: true });
    }
    return changes;
  }
  return [];
}

/** Check a whole text. Offsets in the findings are offsets into `text`. */
export function checkText(text: string, options: CheckOptions): readonly Finding[] {
  const context = contextFor(options);
  const lines = splitLines(text);
  const parts = lines.map((line) => checkLine(text.slice(line.start, line.end), context));
  return assemble(parts, lines.map((line) => line.start));
}

/**
 * Gets the pack ready before anyone types: compiles it and checks every rule's own examples
 * twice (V8 turns a regular expression into machine code on its second use), so the first real
 * check pays none of that. Call it when the checker starts, off the typing path.
 */
export function warmUp(pack: LanguagePack = NATIONAL_PACK): void {
  const sample = pack.rules.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]).join('\n');
  for (let round = 0; round < 2; round += 1) {
    checkText(sample, { audience: 'family', pack });
    checkText(sample, { audience: 'professional', pack });
  }
}

/** Check paragraphs that belong to one document (acronyms defined in one count for all).
 *  Offsets in each result are relative to its own paragraph. */
export function checkParagraphs(paragraphs: readonly string[], options: CheckOptions): readonly (readonly Finding[])[] {
  const checker = createChecker(options);
  return checker.checkParagraphs(paragraphs);
}

export interface Checker {
  /** Same result as `checkText`, re-checking only lines that changed since the last call. */
  check(text: string): readonly Finding[];
  checkParagraphs(paragraphs: readonly string[]): readonly (readonly Finding[])[];
}

/** A checker that remembers each line's result, so re-checking an edited document costs one
 *  line plus a cheap pass to resolve acronyms. */
export function createChecker(options: CheckOptions, cacheSize = 2000): Checker {
  const cache = new Map<string, ParagraphCheck>();
  const lineCheck = (line: string): ParagraphCheck => {
    const context = contextFor(options);
    const cached = cache.get(line);
    if (cached !== undefined) return cached;
    const result = checkLine(line, context);
    if (cache.size >= cacheSize) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(line, result);
    return result;
  };
  return {
    check(text) {
      const lines = splitLines(text);
      return assemble(lines.map((line) => lineCheck(text.slice(line.start, line.end))), lines.map((line) => line.start));
    },
    checkParagraphs(paragraphs) {
      const perParagraph = paragraphs.map((paragraph) => {
        const lines = splitLines(paragraph);
        return { lines, parts: lines.map((line) => lineCheck(paragraph.slice(line.start, line.end))) };
      });
      const defined = new Set(perParagraph.flatMap(({ parts }) => parts.flatMap((part) => part.definitions)));
      return perParagraph.map(({ lines, parts }) => resolve(parts, lines.map((line) => line.start), defined));
    },
  };
}

function assemble(parts: readonly ParagraphCheck[], offsets: readonly number[]): readonly Finding[] {
  const defined = new Set(parts.flatMap((part) => part.definitions));
  return resolve(parts, offsets, defined);
}

function resolve(parts: readonly ParagraphCheck[], offsets: readonly number[], defined: ReadonlySet<string>): readonly Finding[] {
  const findings: Finding[] = [];
  parts.forEach((part, index) => {
    const offset = offsets[index] ?? 0;
    const own = [...part.findings, ...part.acronyms.filter((acronym) => !defined.has(acronym.key)).map((acronym) => acronym.finding)];
    own.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const finding of own) findings.push(offset === 0 ? finding : { ...finding, start: finding.start + offset, end: finding.end + offset });
  });
  return findings;
}

/** A change to make in the text: replace `start`..`end` with `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Words that bring their own determiner, or a name ("Maya", "Mum"): an article just before the
// flagged words goes.
const DETERMINED = /^(?:(?:the|a|an|his|her|their|its|my|your|our|this|that|these|those)\s|[A-Z])/u;
const ARTICLE_BEFORE = /(?:^|[^A-Za-z'’-])((the|a|an) )$/iu;
const SENTENCE_START = /(?:^|[.!?…]["'”’)\]]*\s+|[:;•*–—-]\s*|^\s*["“‘(]|\n\s*)$/u;

/**
 * The change that puts suggestion number `index` in place of the finding's words, so the
 * sentence still reads: a capital letter at the start of a sentence, no article left in front of
 * words that bring their own ("the Maya's plan"), and "a" or "an" to suit the new word. Null if
 * the span no longer holds the matched words (the text was edited since the check).
 */
export function suggestionEdit(text: string, finding: Finding, index: number): TextEdit | null {
  const suggestion = finding.suggestions[index];
  if (suggestion === undefined) throw new RangeError(`Finding ${finding.ruleId} has no suggestion ${index}.`);
  if (text.slice(finding.start, finding.end) !== finding.text) return null;
  let start = finding.start;
  let words = suggestion.text;
  let capital = /^[A-Z]/u.test(finding.text) && SENTENCE_START.test(text.slice(Math.max(0, start - 40), start));
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (article !== null) {
    const [, spaced = '', word = ''] = article;
    const articleStart = start - spaced.length;
    const articleCapital = /^[A-Z]/u.test(word);
    if (DETERMINED.test(words)) {
      start = articleStart;
      capital = articleCapital || capital;
    } else if (word.toLowerCase() !== 'the') {
      const an = /^[aeiou]/iu.test(words) && !/^(?:u[bcfhjkqrst]?[aeiou]|one|eu)/iu.test(words);
      const fitting = an ? 'an' : 'a';
      start = articleStart;
      words = `${articleCapital ? fitting[0]?.toUpperCase() + fitting.slice(1) : fitting} ${words}`;
    }
  }
  // "section 47 enquiry" before "enquiry": the word is not said twice.
  const next = /^\s+([A-Za-z]+)/u.exec(text.slice(finding.end, finding.end + 40))?.[1];
  if (next !== undefined && words.toLowerCase().endsWith(` ${next.toLowerCase()}`)) words = words.slice(0, -(next.length + 1));
  if (capital && /^[a-z]/u.test(words)) words = `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
  return { start, end: finding.end, text: words };
}

/** The text with suggestion number `index` in place (see `suggestionEdit`), or unchanged if the
 *  text was edited since the check. */
export function applySuggestion(text: string, finding: Finding, index: number): string {
  const edit = suggestionEdit(text, finding, index);
  if (edit === null) return text;
  return `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
}

// ---------------------------------------------------------------------------------------------

interface LineState {
  readonly text: string;
  /** The text with ASCII letters in lower case, for the case-folded patterns (same offsets). */
  readonly folded: string;
  readonly sentences: readonly Span[];
  readonly quotes: readonly QuoteSpan[];
  readonly protectedSpans: readonly Span[];
}

function checkLine(text: string, context: Context): ParagraphCheck {
  const findings: Finding[] = [];
  const acronyms: AcronymCandidate[] = [];
  if (text.trim().length === 0) return { findings, acronyms, definitions: [] };
  const state: LineState = {
    text,
    folded: foldCase(text),
    sentences: splitSentences(text),
    quotes: text.search(/["“‘']/u) === -1 ? [] : findQuotes(text),
    protectedSpans: findProtected(text, context.protect),
  };
  const { compiled } = context;
  for (const group of compiled.groups) {
    matchGroup(state, context, group.pattern, group.folded, (match) => group.rules[groupIndex(match)], findings);
  }
  for (const swap of compiled.swaps) {
    matchGroup(state, context, swap.pattern, true, () => swap.rule, findings, (matched) => {
      const uk = swap.swaps.get(matched.toLowerCase());
      return uk === undefined ? [] : [{ text: matchCase(matched, uk), safe: true }];
    });
  }
  for (const passive of compiled.passives) matchPassive(state, context, passive.rule, passive.pattern, findings);
  if (compiled.acronyms !== null) matchAcronyms(state, context, acronyms);
  if (compiled.sentenceLength !== null) matchLongSentences(state, context, compiled.sentenceLength, findings);
  return { findings: dedupe(findings), acronyms, definitions: text.includes('(') || /means|stands for|short for/u.test(text) ? findDefinitions(text) : [] };
}

function groupIndex(match: RegExpExecArray): number {
  for (let i = 1; i < match.length; i += 1) if (match[i] !== undefined) return i - 1;
  return -1;
}

type Level = Exclude<Severity, 'off'>;

/** The rule's severity for this audience, or null when it is off. */
function severityOf(rule: Rule, audience: Audience): Level | null {
  const severity = rule.severity[audience];
  return severity === 'off' ? null : severity;
}

interface Located {
  readonly sentence: Span;
  readonly sentenceIndex: number;
}

function locate(state: LineState, offset: number): Located {
  const index = spanIndexAt(state.sentences, offset);
  const sentence = state.sentences[index] ?? { start: 0, end: state.text.length };
  return { sentence, sentenceIndex: index };
}

/** Quote handling shared by every rule: reported speech is left alone, scare quotes drop to info. */
function quoted(state: LineState, start: number, severity: Level): Level | null {
  const quote = quoteAt(state.quotes, start);
  if (quote === undefined) return severity;
  return quote.speech ? null : 'info';
}

function matchGroup(
  state: LineState,
  context: Context,
  pattern: RegExp,
  folded: boolean,
  ruleFor: (match: RegExpExecArray) => CompiledPhraseRule | undefined,
  into: Finding[],
  suggestionsFor?: (matched: string) => readonly Suggestion[],
): void {
  const { text } = state;
  const searched = folded ? state.folded : text;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(searched)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const compiled = ruleFor(match);
    if (compiled === undefined) continue;
    const { rule } = compiled;
    const start = match.index;
    const end = start + match[0].length;
    const words = text.slice(start, end);
    let severity: Level | null = severityOf(rule, context.audience);
    if (severity === null) continue;
    const { sentence, sentenceIndex } = locate(state, start);
    const before = text.slice(sentence.start, start);
    const after = text.slice(end, Math.min(sentence.end, end + 80));
    // Exceptions are folded patterns too (compile.ts), so they read the folded text.
    if (compiled.before !== null && compiled.before.test(state.folded.slice(sentence.start, start))) continue;
    if (compiled.after !== null && compiled.after.test(state.folded.slice(end, Math.min(sentence.end, end + 80)))) continue;
    if (compiled.afterExact !== null && compiled.afterExact.test(after)) continue;
    if (compiled.negatable && isNegated(before)) continue;
    if (compiled.explainable) {
      const next = state.sentences[sentenceIndex + 1];
      if (isExplained(before, after, next === undefined ? '' : text.slice(next.start, next.start + 40))) continue;
    }
    // A name is never a finding, but a clause of four or more words can hold one ("Dad did not bring Maya to").
    if (overlapsAny(state.protectedSpans, start, end) && countWords(words) < 4) continue;
    if (rule.category !== 'us-spelling' && looksLikeProperNoun(text, start, end, sentence.start)) continue;
    if (rule.category === 'us-spelling' && looksLikeProperNoun(text, start, end, sentence.start) && /^[A-Z][a-z]/u.test(words)) continue;
    severity = quoted(state, start, severity);
    if (severity === null) continue;
    let message = rule.message;
    if (rule.kind === 'phrase' && rule.requires === 'adult-with-child') {
      const reason = adultWithChild(text.slice(sentence.start, sentence.end), context.people);
      if (reason === null) continue;
      message = `${reason} ${rule.message}`;
    }
    if (rule.kind === 'phrase' && rule.requires === 'no-facts' && givesFacts(text.slice(sentence.start, sentence.end))) continue;
    const own = suggestionsOf(rule, context);
    const fromWords = suggestionsFor === undefined ? rewritesOf(compiled, words, context) : suggestionsFor(words);
    into.push({
      ruleId: rule.id,
      category: rule.category,
      severity,
      start,
      end,
      text: words,
      message,
      suggestions: fromWords.length === 0 ? own : [...fromWords, ...own],
    });
  }
}

// "by Friday", "by the end of May": a time, not the person who acted.
const AGENT = /(?:^|\s)by\s+(?!(?:the\s+(?:end|start|beginning|middle|time|date|next|following|review|first|second)|then|now|tomorrow|today|tonight|next|this|mid|early|late|end|half|lunchtime|bedtime|midday|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d|phone|text|email|letter|post|mistake|accident|chance)\b)[A-Za-z]/iu;
const CLAUSE_END = /[;:!?]|\s(?:but|because|so|although|while|when|after|before|until)\s/u;

function matchPassive(state: LineState, context: Context, rule: Rule, pattern: RegExp, into: Finding[]): void {
  const severity = severityOf(rule, context.audience);
  if (severity === null) return;
  const { text } = state;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(state.folded)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const { sentence } = locate(state, start);
    let rest = text.slice(end, sentence.end);
    const stop = CLAUSE_END.exec(rest);
    if (stop !== null) rest = rest.slice(0, stop.index);
    if (AGENT.test(rest.slice(0, 100))) continue;
    if (overlapsAny(state.protectedSpans, start, end)) continue;
    const level = quoted(state, start, severity);
    if (level === null) continue;
    into.push({ ruleId: rule.id, category: rule.category, severity: level, start, end, text: text.slice(start, end), message: rule.message, suggestions: suggestionsOf(rule, context) });
  }
}

function matchAcronyms(state: LineState, context: Context, into: AcronymCandidate[]): void {
  const acronyms = context.compiled.acronyms;
  if (acronyms === null) return;
  const severity = severityOf(acronyms.rule, context.audience);
  if (severity === null) return;
  const { text } = state;
  acronyms.pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = acronyms.pattern.exec(text)) !== null) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    const key = normaliseAcronym(token);
    if (acronyms.allow.has(key)) continue;
    // "DC Cole": a rank in front of a name.
    if (acronyms.titles.has(key) && /^\s+[A-Z][a-z]/u.test(text.slice(end, end + 4))) continue;
    if (overlapsAny(state.protectedSpans, start, end)) continue;
    if (isShouting(text, start, end)) continue;
    const level = quoted(state, start, severity);
    if (level === null) continue;
    const expansion = acronyms.expansions.get(key);
    // An expansion with a note in it ('did not attend (say "was not brought")') is read, not inserted.
    const suggestions: Suggestion[] = expansion === undefined ? [] : [/[("“]/u.test(expansion) ? { text: expansion, safe: false, replace: false } : { text: expansion, safe: true }];
    into.push({
      key,
      finding: {
        ruleId: acronyms.rule.id,
        category: acronyms.rule.category,
        severity: level,
        start,
        end,
        text: token,
        message: expansion === undefined ? acronyms.rule.message : `${acronyms.rule.message} ${token} means "${expansion}".`,
        suggestions: [...suggestions, ...suggestionsOf(acronyms.rule, context)],
      },
    });
  }
}

/** Three capitalised words in a row is a heading or shouting, not a run of acronyms. */
function isShouting(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30));
  return /(?:\b[A-Z]{3,}\b[\s,!]+){2,}\b[A-Z]{3,}\b/u.test(around) && /\b[A-Z]{2,}\s+(?:THE|AND|TO|OF|IS|ARE|WE|YOU|WILL|NOT)\b|\b(?:THE|AND|TO|OF|IS|ARE|WE|YOU|WILL|NOT)\s+[A-Z]{2,}\b/u.test(around);
}

function matchLongSentences(state: LineState, context: Context, rule: Rule & { readonly errorOverWords: number }, into: Finding[]): void {
  const base = severityOf(rule, context.audience);
  if (base === null) return;
  const limit = context.targets.maxSentenceWords;
  for (const sentence of state.sentences) {
    const slice = state.text.slice(sentence.start, sentence.end);
    const count = countWords(slice);
    if (count <= limit) continue;
    const severity: Level = context.audience === 'family' && count > rule.errorOverWords && base !== 'info' ? 'error' : base;
    into.push({
      ruleId: rule.id,
      category: rule.category,
      severity,
      start: sentence.start,
      end: sentence.end,
      text: slice,
      message: `${rule.message} (${count} words; the target is ${limit} or fewer.)`,
      suggestions: suggestionsOf(rule, context),
    });
  }
}

/** Two rules of one category on overlapping words make one finding. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const clash = kept.some((other) => other.category === finding.category && other.start < finding.end && finding.start < other.end);
    if (!clash) kept.push(finding);
  }
  return kept;
}

function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase()) return replacement.toUpperCase();
  if (original[0] !== undefined && original[0] === original[0].toUpperCase()) return replacement[0]?.toUpperCase() + replacement.slice(1);
  return replacement;
}
