/**
 * Keeping a value's own direction inside a sentence in a right-to-left language. Pure: no Node, no DOM.
 *
 * The Unicode bidirectional algorithm gives the neutral characters between two runs of the same
 * direction that direction: in an Arabic sentence `«{text}» ({whose})` with an English quote and
 * name, the `» (` between them became English, and the guillemets and brackets landed in the wrong
 * places; an English sentence's final full stop, followed by nothing strong, took the Arabic
 * paragraph's direction and went to the far end of the line. A value set apart in an isolate
 * (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) takes its direction from its own
 * first strong letter, and counts as one neutral character in the sentence around it.
 */

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** LRI, RLI and FSI: each opens an isolate that a PDI closes. */
const ISOLATE_INITIATORS = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * The text set apart in an isolate, keeping its own direction. Isolates already in the text (a
 * pasted message may have some) are balanced first, so the text can never close the isolate around
 * it or leave one open after it. The empty text stays empty.
 */
export function isolated(text: string): string {
  if (text === '') return text;
  let open = 0;
  let balanced = '';
  for (const character of text) {
    if (ISOLATE_INITIATORS.has(character)) open += 1;
    else if (character === POP_DIRECTIONAL_ISOLATE) {
      // A PDI with nothing to close would close the isolate around the text: dropped.
      if (open === 0) continue;
      open -= 1;
    }
    balanced += character;
  }
  return `${FIRST_STRONG_ISOLATE}${balanced}${POP_DIRECTIONAL_ISOLATE.repeat(open)}${POP_DIRECTIONAL_ISOLATE}`;
}

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * A line of a paragraph in a right-to-left language, ready to print: a line with no right-to-left
 * letter at all (the conference's words left in English, a name on its own) is isolated, so it keeps
 * its own order and its full stop stays after its last word rather than going to the far left. A
 * line with right-to-left letters is the language's own sentence and is left as it is (values inside
 * it are isolated where the sentence is made, in the catalogue). Other languages' lines are unchanged.
 */
export function lineInDirection(line: string, rightToLeft: boolean): string {
  if (!rightToLeft || RIGHT_TO_LEFT_LETTER.test(line)) return line;
  // Only words of the line's own count: a message such as `«{text}» ({whose})` has none of its own
  // (its values are isolated already) and must keep the paragraph's direction, or the name and the
  // quote would swap sides.
  return LEFT_TO_RIGHT_LETTER.test(outsideIsolates(line)) ? isolated(line) : line;
}

/** Letters and digits written left to right (any script but the right-to-left ones). */
const LEFT_TO_RIGHT_LETTER = /[\p{L}\p{Nd}]/u;
/** An isolate with no isolate inside it. */
const INNERMOST_ISOLATE = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/gu;

/** The text without its isolates and what they hold (innermost first, so nested ones go too). */
function outsideIsolates(text: string): string {
  let outside = text;
  for (let previous = ''; previous !== outside; ) {
    previous = outside;
    outside = outside.replace(INNERMOST_ISOLATE, '');
  }
  return outside;
}

/**
 * The bidirectional formatting characters: the marks (ALM, LRM, RLM), embeddings and overrides
 * (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). They steer the order of the letters
 * on a page and mean nothing once the text is read in its stored (logical) order.
 */
const BIDI_FORMATTING = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The text without its bidirectional formatting characters: as it reads, for a text extractor. */
export const withoutBidiFormatting = (text: string): string => text.replace(BIDI_FORMATTING, '');
