/**
 * react-pdf's text layout shapes every run left to right, then reverses a right-to-left run's
 * glyphs to draw it. A mark (an Arabic dot, hamza or vowel sign with no advance of its own) is
 * positioned by the font from the pen position after its base, so once reversed it came before its
 * base and was drawn a letter's width away from it. This puts each base's marks before it in a run
 * that will be reversed, so after the reversal they follow it again, where their offsets belong.
 */

interface ShapedRun {
  glyphs: unknown[];
  positions: { xAdvance: number }[];
}

/**
 * Strong right-to-left letters (Hebrew, Arabic and its supplements and presentation forms): a run
 * that holds one is at an odd bidi level, so textkit reverses it (a run's level is all one).
 */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

export const isReversedRun = (string: string): boolean => RIGHT_TO_LEFT_LETTER.test(string);

/** The run with each base's marks moved before it, in place; a run of a left-to-right string is left alone. */
export function marksBeforeBases<T extends ShapedRun>(run: T, string: string): T {
  if (!isReversedRun(string) || run.glyphs.length < 2) return run;
  const order: number[] = [];
  let base = -1;
  const flush = (end: number) => {
    if (base < 0) return;
    for (let mark = base + 1; mark < end; mark++) order.push(mark);
    order.push(base);
  };
  run.positions.forEach((position, index) => {
    // A mark has no advance; a zero-width glyph at the start has no base and stays where it is.
    if (position.xAdvance === 0 && base >= 0) return;
    flush(index);
    base = index;
  });
  flush(run.positions.length);
  if (order.every((from, to) => from === to)) return run;
  const glyphs = order.map((from) => run.glyphs[from]);
  const positions = order.map((from) => run.positions[from]!);
  run.glyphs = glyphs;
  run.positions = positions;
  return run;
}
