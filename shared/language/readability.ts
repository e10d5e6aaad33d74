/**
 * Readability of family-facing text, by one fixed method:
 * - sentences: lines, split by `splitSentences` (a full stop, ! or ? before a space and a
 *   capital; known abbreviations and initials do not end a sentence);
 * - words: `WORD_PATTERN` (section 5 of the language guide);
 * - syllables: the `syllable` package, with UK exceptions; numbers as spoken ("14" = fourteen);
 *   all-capital acronyms letter by letter (W has three);
 * - Flesch Reading Ease = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words;
 * - Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59;
 * - reading age = grade + 5 (UK reading age from the US grade).
 * Sections are blocks of lines separated by a blank line.
 */
import { syllable } from 'syllable';
import { countWords, splitLines, splitSentences, words } from './tokenise';
import type { LanguageTargets } from './types';
import { DEFAULT_LANGUAGE_TARGETS } from './types';

export interface ReadabilityCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly longestSentenceWords: number;
  /** Sentences longer than the target. */
  readonly longSentences: number;
}

export interface ReadabilityScores extends ReadabilityCounts {
  /** Null when there are no words to score. */
  readonly fleschReadingEase: number | null;
  readonly fleschKincaidGrade: number | null;
  readonly readingAge: number | null;
  readonly averageSentenceWords: number | null;
  readonly meetsTargets: boolean;
}

export interface SectionReadability extends ReadabilityScores {
  readonly start: number;
  readonly end: number;
}

export interface DocumentReadability extends ReadabilityScores {
  readonly sections: readonly SectionReadability[];
}

// Where `syllable` miscounts UK spellings and care words.
const UK_SYLLABLES: ReadonlyMap<string, number> = new Map([
  ['behaviour', 3], ['behaviours', 3], ['behavioural', 4], ['theatre', 3], ['theatres', 3],
  ['centre', 2], ['centres', 2], ['metre', 2], ['litre', 2], ['fibre', 2], ['colour', 2],
  ['neighbour', 2], ['neighbours', 2], ['favour', 2], ['favourite', 3], ['honour', 2], ['labour', 2],
  ['paediatrician', 5], ['paediatric', 4], ['programme', 2], ['programmes', 2], ['counselling', 3],
  ['mum', 1], ['mums', 1], ['nan', 1], ['nana', 2], ['grandad', 2], ['danielle', 2], ['nappy', 2], ['nappies', 2],
  ['wednesday', 2], ['business', 2], ['every', 2], ['family', 3], ['safeguarding', 4],
]);

const ONES = [0, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // one … nine (zero is handled on its own)
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten … nineteen
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // twenty … ninety

/** Syllables of a whole number as spoken in UK English ("104" = one hundred and four). */
export function numberSyllables(value: number): number {
  if (value === 0) return 2;
  if (value >= 1_000_000) return String(value).length; // read digit by digit
  let total = 0;
  let rest = value;
  if (rest >= 1000) {
    total += numberSyllables(Math.floor(rest / 1000)) + 2; // thou-sand
    rest %= 1000;
    if (rest > 0 && rest < 100) total += 1; // "and"
  }
  if (rest >= 100) {
    total += (ONES[Math.floor(rest / 100)] ?? 1) + 2; // hun-dred
    rest %= 100;
    if (rest > 0) total += 1; // "and"
  }
  if (rest >= 20) {
    total += (TENS[Math.floor(rest / 10)] ?? 2) + (rest % 10 === 0 ? 0 : (ONES[rest % 10] ?? 1));
  } else if (rest >= 10) {
    total += TEENS[rest - 10] ?? 2;
  } else if (rest > 0) {
    total += ONES[rest] ?? 1;
  }
  return total;
}

const cache = new Map<string, number>();

/** Syllables in one word token (see the method above). */
export function wordSyllables(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let count: number;
  if (/^\d+$/u.test(word)) {
    count = numberSyllables(Number(word));
  } else if (/^\d/u.test(word)) {
    // "10:30", "3pm", "2026-03-19": each run of digits or letters on its own.
    count = (word.match(/\d+|[A-Za-z]+/gu) ?? []).reduce((sum, part) => sum + wordSyllables(part), 0);
  } else if (/^[A-Z]{2,}s?$/u.test(word) && word.length <= 6) {
    // An acronym is read letter by letter; W is "double-you".
    count = [...word.replace(/s$/u, '')].reduce((sum, letter) => sum + (letter === 'W' ? 3 : 1), 0);
  } else {
    const lower = word.toLowerCase().replace(/[’']s$/u, '');
    count = UK_SYLLABLES.get(lower) ?? lower.split(/[-’':]/u).reduce((sum, part) => sum + (part.length > 0 ? Math.max(1, syllable(part)) : 0), 0);
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, count);
  return count;
}

export function countSyllables(text: string): number {
  return words(text).reduce((sum, word) => sum + wordSyllables(word), 0);
}

function countsOf(text: string, lines: readonly { start: number; end: number }[], maxSentenceWords: number): ReadabilityCounts {
  let sentences = 0;
  let wordTotal = 0;
  let syllables = 0;
  let longest = 0;
  let longSentences = 0;
  for (const line of lines) {
    for (const sentence of splitSentences(text, line.start, line.end)) {
      const slice = text.slice(sentence.start, sentence.end);
      const sentenceWords = countWords(slice);
      if (sentenceWords === 0) continue;
      sentences += 1;
      wordTotal += sentenceWords;
      syllables += countSyllables(slice);
      longest = Math.max(longest, sentenceWords);
      if (sentenceWords > maxSentenceWords) longSentences += 1;
    }
  }
  return { words: wordTotal, sentences, syllables, longestSentenceWords: longest, longSentences };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function scoresOf(counts: ReadabilityCounts, targets: LanguageTargets): ReadabilityScores {
  if (counts.words === 0 || counts.sentences === 0) {
    return { ...counts, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null, averageSentenceWords: null, meetsTargets: true };
  }
  const wordsPerSentence = counts.words / counts.sentences;
  const syllablesPerWord = counts.syllables / counts.words;
  const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  const readingAge = grade + 5;
  return {
    ...counts,
    fleschReadingEase: round1(ease),
    fleschKincaidGrade: round1(grade),
    readingAge: round1(readingAge),
    averageSentenceWords: round1(wordsPerSentence),
    meetsTargets: ease >= targets.minReadingEase && readingAge <= targets.maxReadingAge && counts.longSentences === 0,
  };
}

/** Sections: runs of non-blank lines. */
function sectionsOf(text: string): { start: number; end: number; lines: { start: number; end: number }[] }[] {
  const sections: { start: number; end: number; lines: { start: number; end: number }[] }[] = [];
  let current: { start: number; end: number; lines: { start: number; end: number }[] } | null = null;
  for (const line of splitLines(text)) {
    if (text.slice(line.start, line.end).trim().length === 0) {
      current = null;
      continue;
    }
    if (current === null) {
      current = { start: line.start, end: line.end, lines: [] };
      sections.push(current);
    }
    current.lines.push(line);
    current.end = line.end;
  }
  return sections;
}

/** Readability of a whole document and of each section, against the targets. */
export function readability(text: string, targets: LanguageTargets = DEFAULT_LANGUAGE_TARGETS): DocumentReadability {
  const sections = sectionsOf(text).map((section) => ({
    start: section.start,
    end: section.end,
    ...scoresOf(countsOf(text, section.lines, targets.maxSentenceWords), targets),
  }));
  const total = sections.reduce<ReadabilityCounts>(
    (sum, section) => ({
      words: sum.words + section.words,
      sentences: sum.sentences + section.sentences,
      syllables: sum.syllables + section.syllables,
      longestSentenceWords: Math.max(sum.longestSentenceWords, section.longestSentenceWords),
      longSentences: sum.longSentences + section.longSentences,
    }),
    { words: 0, sentences: 0, syllables: 0, longestSentenceWords: 0, longSentences: 0 },
  );
  return { ...scoresOf(total, targets), sections };
}
