/**
 * Context that decides whether a match is really a finding: quoted speech, negation, an
 * explanation next to a term, names and places, and acronyms defined in the text.
 */
import type { Span } from './tokenise';
import { countWords } from './tokenise';

export interface QuoteSpan extends Span {
  /** Reported speech (a speech verb nearby, or three or more words) rather than scare quotes. */
  readonly speech: boolean;
}

const SPEECH_VERB =
  /\b(?:said|says|say|saying|told|tells|tell|described|describes|describing|called|calls|wrote|writes|written|asked|asks|explained|explains|replied|replies|shouted|shouts|added|adds|stated|states|commented|comments|shared|shares|disclosed|discloses|answered|answers|put it|words|word|feels|felt|thinks|thought|agreed|agrees|says that|calls it|cried|screamed|whispered|texted|messaged|repeated|insisted|admitted|explained that|puts it)\b/iu;

/** Quote spans of one line, including the quotation marks themselves. */
export function findQuotes(text: string): readonly QuoteSpan[] {
  const raw: Span[] = [];
  pairSimple(text, '“', '”', raw);
  pairStraightDouble(text, raw);
  pairSingle(text, '‘', '’', raw);
  pairSingle(text, "'", "'", raw);
  raw.sort((a, b) => a.start - b.start);
  // Drop spans nested in an earlier one ('single' inside "double").
  const spans: QuoteSpan[] = [];
  let reach = -1;
  for (const span of raw) {
    if (span.start < reach) continue;
    reach = span.end;
    spans.push({ ...span, speech: isSpeech(text, span) });
  }
  return spans;
}

function pairSimple(text: string, open: string, close: string, into: Span[]): void {
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start === -1) return;
    const end = text.indexOf(close, start + 1);
    into.push({ start, end: end === -1 ? text.length : end + 1 });
    if (end === -1) return;
    from = end + 1;
  }
}

function pairStraightDouble(text: string, into: Span[]): void {
  let from = 0;
  for (;;) {
    const start = text.indexOf('"', from);
    if (start === -1) return;
    const end = text.indexOf('"', start + 1);
    into.push({ start, end: end === -1 ? text.length : end + 1 });
    if (end === -1) return;
    from = end + 1;
  }
}

const LETTER = /[A-Za-z0-9]/u;

/** Single quotes double as apostrophes, so an opening mark must follow a space or bracket and
 *  precede a letter, and a closing mark must not be followed by a letter ("Maya's"). */
function pairSingle(text: string, open: string, close: string, into: Span[]): void {
  let from = 0;
  for (;;) {
    let start = text.indexOf(open, from);
    while (start !== -1) {
      const before = start === 0 ? ' ' : (text[start - 1] ?? ' ');
      const after = text[start + 1] ?? '';
      if (/[\s([{“"—–-]/u.test(before) && LETTER.test(after)) break;
      start = text.indexOf(open, start + 1);
    }
    if (start === -1) return;
    let end = text.indexOf(close, start + 1);
    while (end !== -1) {
      const after = text[end + 1] ?? '';
      const before = text[end - 1] ?? '';
      if (!LETTER.test(after) && !/\s/u.test(before)) break;
      end = text.indexOf(close, end + 1);
    }
    if (end === -1) return; // an unpaired apostrophe: not a quote
    into.push({ start, end: end + 1 });
    from = end + 1;
  }
}

function isSpeech(text: string, span: Span): boolean {
  if (countWords(text.slice(span.start, span.end)) >= 3) return true;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, span.end + 40);
  return SPEECH_VERB.test(lastWords(before, 6)) || SPEECH_VERB.test(firstWords(after, 4));
}

function lastWords(text: string, count: number): string {
  const parts = text.split(/\s+/u).filter((part) => part.length > 0);
  return parts.slice(-count).join(' ');
}

function firstWords(text: string, count: number): string {
  const parts = text.split(/\s+/u).filter((part) => part.length > 0);
  return parts.slice(0, count).join(' ');
}

export function quoteAt(quotes: readonly QuoteSpan[], offset: number): QuoteSpan | undefined {
  for (const quote of quotes) {
    if (offset < quote.start) return undefined;
    if (offset < quote.end) return quote;
  }
  return undefined;
}

/** "has never refused", "is not hostile": a negator within three words before the match. */
const NEGATED = /(?:^|[^A-Za-z'’])(?:not|never|no|nobody|none|without|cannot|[A-Za-z]+n['’]t)(?:\s+[A-Za-z'’-]+){0,2}\s*$/iu;

export function isNegated(before: string): boolean {
  return NEGATED.test(before.slice(-40));
}

/** The term is explained right after it ("core group, the people who…", "respite (a short
 *  break)"), or just before it ("what we call core group"), or the next sentence says what it
 *  means. */
const EXPLAINED_AFTER =
  /^\s*(?:\(|,?\s*(?:which|that|this|it)\s+(?:means|is|are|was|were|will be|is when|is where)\b|,?\s*(?:meaning|i\.e\.|known as|in other words)\b|\s*[-–—:]\s*(?:this|that|which|a|an|the|when|where|it|people|we|they|what)\b|,\s*(?:a|an|the|where|when)\s+(?:[a-z]+\s+){0,2}(?:meeting|meetings|group|plan|time|place|home|visit|visits|check|checks|way|team|worker|person|people|break|list|set|chance|word|name|assessment|process|talk|talks|work|support|help|when|where|who|which)\b)/iu;
const EXPLAINED_BEFORE = /\b(?:we call|called|known as|what is called|named|the term|the words?)\s+["“‘']?(?:the|a|an)?\s*$/iu;
const EXPLAINED_NEXT = /^\s*(?:This|That|It|These)\s+(?:means|meant|is (?:a|an|the|when|where|what|how|who)|are (?:the|people))\b/u;

export function isExplained(before: string, after: string, nextSentence: string): boolean {
  return EXPLAINED_AFTER.test(after) || EXPLAINED_BEFORE.test(before) || EXPLAINED_NEXT.test(nextSentence);
}

/** A capitalised match inside a run of capitalised words mid-sentence is most likely a name
 *  ("Hollins Lane Primary", "Caring Dads"), not the everyday word. */
export function looksLikeProperNoun(text: string, start: number, end: number, sentenceStart: number): boolean {
  const matched = text.slice(start, end);
  if (!/^[A-Z]/u.test(matched)) return false;
  // Title Case words only: "DNA'd" is an acronym, not a name.
  if (!matched.split(/\s+/u).every((word) => /^[A-Z][a-z]/u.test(word))) return false;
  const before = text.slice(sentenceStart, start);
  if (!/[A-Za-z0-9]/u.test(before)) return false; // sentence-initial capital says nothing
  if (/[:“"‘'(•*–—-]\s*$/u.test(before)) return false;
  const previous = /([A-Za-z]+)\s+$/u.exec(before)?.[1];
  const next = /^\s+([A-Za-z]+)/u.exec(text.slice(end, end + 40))?.[1];
  const capital = (word: string | undefined) => word !== undefined && word !== 'I' && /^[A-Z]/u.test(word);
  return capital(previous) || capital(next);
}

/** Protected spans: the names of the people in the conference, places, and known organisations. */
export function findProtected(text: string, pattern: RegExp | null): readonly Span[] {
  if (pattern === null) return [];
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const span of spans) {
    if (span.start < end && start < span.end) return true;
    if (span.start >= end) return false;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** One case-sensitive pattern for all protected words. Full names also protect their parts. */
export function protectedPattern(names: readonly string[], places: readonly string[], properNouns: readonly string[]): RegExp | null {
  const terms = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length < 2) continue;
    terms.add(trimmed);
    for (const part of trimmed.split(/\s+/u)) if (part.length >= 2 && /^[A-Z]/u.test(part)) terms.add(part);
  }
  for (const term of [...places, ...properNouns]) if (term.trim().length >= 2) terms.add(term.trim());
  if (terms.size === 0) return null;
  const alternation = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, 'gu');
}

/** Acronyms defined in this text: "Independent Reviewing Officer (IRO)", "IRO (Independent
 *  Reviewing Officer)", "IRO means …", "IRO stands for …". */
const ACRONYM_IN_BRACKETS = /\(\s*([A-Za-z][A-Za-z0-9&]{1,9})\s*\)/gu;
const DEFINED_AFTER = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&]{1,9}|[sS]\.?\d{1,3})\s*(?:\(\s*[A-Za-z][a-z'’-]+(?:\s+[A-Za-z&][A-Za-z'’-]*){1,3}|,?\s+(?:means|meaning|stands for|is short for|is an? (?:abbreviation|short way|short form)|which means|which stands for|[-–—:] (?:this|that) means))/gu;

export function findDefinitions(text: string): readonly string[] {
  const defined: string[] = [];
  ACRONYM_IN_BRACKETS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ACRONYM_IN_BRACKETS.exec(text)) !== null) {
    const acronym = match[1] ?? '';
    const initial = acronym[0]?.toLowerCase() ?? '';
    // The long form just before the brackets should have a word starting with the acronym's
    // first letter, within a few words ("Independent Reviewing Officer (IRO)").
    const before = text.slice(Math.max(0, match.index - 120), match.index).split(/[^A-Za-z'’]+/u).filter((word) => word.length > 0);
    const longForm = before.slice(-(acronym.length + 3));
    if (longForm.length >= 2 && longForm.some((word) => word[0]?.toLowerCase() === initial)) defined.push(normaliseAcronym(acronym));
  }
  DEFINED_AFTER.lastIndex = 0;
  while ((match = DEFINED_AFTER.exec(text)) !== null) {
    const acronym = match[1] ?? '';
    if (/[A-Z].*[A-Z0-9]|^[sS]\d/u.test(acronym)) defined.push(normaliseAcronym(acronym));
  }
  return defined;
}

/** "IROs", "IRO's", "s.47" and "S47" all name the same thing. */
export function normaliseAcronym(token: string): string {
  let base = token.replace(/['’]s$/u, '').replace(/\./gu, '').replace(/\s+/gu, '');
  if (/[A-Z]{2,}s$/u.test(base)) base = base.slice(0, -1);
  return base.toUpperCase();
}
