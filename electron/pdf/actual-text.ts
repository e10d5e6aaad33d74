/**
 * The words of each drawn run of text as they were written (logical order), for an ActualText
 * around its glyphs. A PDF reader that extracts text (poppler's pdftotext, copy and paste, some screen
 * readers) otherwise reads a line from its glyphs, in the order they are drawn: right-to-left text
 * comes out backwards, a Bengali vowel sign drawn before its consonant comes first, and a glyph
 * that a font shares between letters (Noto Sans Arabic's dotless forms, a Gurmukhi cluster) is
 * read as whichever letter used it first. Only a run in such a script gets an ActualText, so
 * everything else is written exactly as before. The ActualText is written inside the run's own
 * graphics state (draw-glyphs.ts): poppler drops one whose span ends after the state is restored.
 * Bidirectional formatting characters (the isolates around a value in a right-to-left sentence) are
 * left out: they are not drawn, and a reader has nothing to do with them once the text is in order.
 */
import { withoutBidiFormatting } from '../../shared/languages/bidi';

interface RunLike {
  readonly start: number;
  readonly end: number;
  readonly attributes?: { readonly bidiLevel?: number };
}

interface LineLike {
  readonly string: string;
  readonly runs: readonly RunLike[];
}

/** Arabic and Hebrew (right to left) and the Indic scripts, whose glyphs do not map one to one to letters. */
const NEEDS_ACTUAL_TEXT = /[\u0590-\u08FF\u0900-\u0DFF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Paired characters textkit mirrors in right-to-left runs; mirroring again gives back what was written. */
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

/** The text of one drawn run as it was written, or null when its glyphs read back as its words. */
function runText(line: LineLike, run: RunLike): string | null {
  const drawn = line.string.slice(run.start, run.end);
  if (!NEEDS_ACTUAL_TEXT.test(drawn)) return null;
  const level = run.attributes?.bidiLevel ?? 0;
  const written = level % 2 === 1 ? [...drawn].reverse().map((character) => MIRRORED[character] ?? character).join('') : drawn;
  return withoutBidiFormatting(written).normalize('NFC');
}

interface DrawnRunLike extends RunLike {
  readonly glyphs?: unknown;
  readonly positions?: unknown;
  readonly attributes?: { readonly bidiLevel?: number; readonly font?: readonly unknown[] };
}

/**
 * The ActualText of each run react-pdf will draw for a text's lines, in the order it draws them
 * (line by line, each line's runs as laid out; a run without glyphs, positions or a font is not
 * drawn): null for a run that needs none.
 */
export function runTextsOf(lines: readonly unknown[] | undefined): (string | null)[] {
  const texts: (string | null)[] = [];
  for (const line of (lines ?? []) as readonly (LineLike & { readonly box?: unknown; readonly runs: readonly DrawnRunLike[] })[]) {
    if (!line.box) continue;
    for (const run of line.runs) {
      if (!run.glyphs || !run.positions || !run.attributes?.font?.[0]) continue;
      texts.push(runText(line, run));
    }
  }
  return texts;
}

const RUN_TEXTS = Symbol('confer.runTexts');

/** The ActualTexts for the runs of the text about to be drawn (the tagger sets them; null after it). */
export function expectRunTexts(document: object, texts: (string | null)[] | null): void {
  (document as { [RUN_TEXTS]?: (string | null)[] | null })[RUN_TEXTS] = texts !== null && texts.some((text) => text !== null) ? texts : null;
}

/** The ActualText for the run being drawn now, or null. */
export function nextRunText(document: object): string | null {
  const texts = (document as { [RUN_TEXTS]?: (string | null)[] | null })[RUN_TEXTS];
  return texts ? (texts.shift() ?? null) : null;
}

/** A text string for a content stream: UTF-16BE with its byte order mark, in hex. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}
