/**
 * Splitting text into lines, sentences and words, with UTF-16 offsets. The method is fixed here
 * because readability scores and the long-sentence rule both depend on it (see readability.ts).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The word pattern of the language guide (section 5): letters and digits, joined by an
 *  apostrophe, hyphen or colon ("Maya's", "ninety-four", "10:30"). */
export const WORD_PATTERN = /[A-Za-z0-9]+(?:['’\-:][A-Za-z0-9]+)*/g;

export function countWords(text: string): number {
  WORD_PATTERN.lastIndex = 0;
  let count = 0;
  while (WORD_PATTERN.exec(text) !== null) count += 1;
  return count;
}

export function words(text: string): readonly string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Lines are the unit of incremental checking: no sentence crosses a line break. */
export function splitLines(text: string): readonly Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: newline });
    start = newline + 1;
  }
}

// Abbreviations that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof', 'cllr', 'rev', 'sgt', 'insp', 'det', 'supt', 'eg', 'e.g', 'ie', 'i.e',
  'etc', 'approx', 'no', 'nos', 'vs', 'v', 'ref', 'tel', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'am', 'pm', 'cf', 'incl', 'fig',
]);

// A terminator, then any closing quotes or brackets.
const TERMINATOR = /[.!?…]+["'”’)\]]*/g;

/**
 * Sentences of one line, trimmed. A full stop ends a sentence unless it follows a known
 * abbreviation or a single initial ("Dr S. Malik"), or the next character is lower case.
 */
export function splitSentences(text: string, from = 0, to = text.length): readonly Span[] {
  const sentences: Span[] = [];
  let start = from;
  TERMINATOR.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TERMINATOR.exec(text)) !== null && match.index < to) {
    const end = Math.min(match.index + match[0].length, to);
    const next = text.charCodeAt(end);
    // Must be followed by white space or the end of the line.
    if (end < to && next !== 32 && next !== 9 && next !== 160 && next !== 13) continue;
    if (match[0][0] === '.' && match[0].length === 1 && isAbbreviation(text, start, match.index)) continue;
    const after = nextNonSpace(text, end, to);
    if (after !== -1 && isLowerCase(text.charCodeAt(after))) continue;
    pushTrimmed(text, start, end, sentences);
    start = end;
  }
  pushTrimmed(text, start, to, sentences);
  return sentences;
}

function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > lineStart && /[A-Za-z.]/u.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  const word = text.slice(wordStart, dot);
  if (word.length === 1 && /[A-Z]/u.test(word)) return true; // an initial
  return ABBREVIATIONS.has(word.toLowerCase());
}

function nextNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 160 && code !== 13) return i;
  }
  return -1;
}

function isLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  if (e > s) into.push({ start: s, end: e });
}

/** Index of the span containing `offset` (spans sorted and not overlapping), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) return -1;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
