/**
 * A shaped run's marks folded into the glyph they belong to. A font may draw one character as
 * several glyphs: Noto Sans Arabic draws a letter's dots and hamza as marks on a dotless base, and
 * the Indic fonts split some vowel signs and conjuncts. react-pdf's text layout handles such a
 * glyph badly in two ways: a line or run that starts with a letter whose marks follow it loses the
 * letter (its slice starts from the last glyph that maps to the first character), and a
 * right-to-left run is reversed glyph by glyph, which puts a mark before its base and a letter's
 * width away from it. So each cluster (a glyph with code points, then the glyphs with none or with
 * no advance that follow it) becomes one glyph for the layout: its first glyph, carrying the
 * cluster's code points and the others as `parts`, drawn by draw-glyphs.ts where the font put them.
 */
import { isHiddenIgnorable } from './default-ignorable';

/** A glyph drawn with its cluster: at `x`, `y` (font units) from where the cluster's first glyph starts. */
export interface GlyphPart {
  readonly glyph: { readonly id: number; readonly advanceWidth: number; readonly codePoints: readonly number[] };
  readonly x: number;
  readonly y: number;
}

interface GlyphLike {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

interface PositionLike {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

interface ShapedRun {
  glyphs: GlyphLike[];
  positions: PositionLike[];
}

/** The parts drawn with a cluster's first glyph, if it has any. */
export const partsOf = (glyph: unknown): readonly GlyphPart[] | undefined => (glyph as { parts?: readonly GlyphPart[] }).parts;

/** Whether a glyph belongs to the cluster before it. */
const joinsPrevious = (glyph: GlyphLike, position: PositionLike): boolean => glyph.codePoints.length === 0 || (position.xAdvance === 0 && !isHiddenIgnorable(glyph));

/** The run with every cluster as one glyph, in place; a run with none to fold is left as it is. */
export function foldClusters<T extends ShapedRun>(run: T): T {
  const { glyphs, positions } = run;
  if (!glyphs.some((glyph, index) => index > 0 && joinsPrevious(glyph, positions[index]!))) return run;
  const folded: GlyphLike[] = [];
  const foldedPositions: PositionLike[] = [];
  let index = 0;
  while (index < glyphs.length) {
    const first = glyphs[index]!;
    const firstPosition = positions[index]!;
    let end = index + 1;
    while (end < glyphs.length && joinsPrevious(glyphs[end]!, positions[end]!)) end++;
    if (end === index + 1) {
      folded.push(first);
      foldedPositions.push(firstPosition);
    } else {
      const parts: GlyphPart[] = [];
      let pen = firstPosition.xAdvance;
      let codePoints = [...first.codePoints];
      for (let part = index + 1; part < end; part++) {
        const position = positions[part]!;
        parts.push({ glyph: glyphs[part]!, x: pen + position.xOffset - firstPosition.xOffset, y: position.yOffset - firstPosition.yOffset });
        pen += position.xAdvance;
        codePoints = codePoints.concat(glyphs[part]!.codePoints);
      }
      // The first glyph's own font object is shared by every run; the cluster is a view of it.
      folded.push(Object.create(first as object, { codePoints: { value: codePoints }, parts: { value: parts } }) as GlyphLike);
      foldedPositions.push({ xAdvance: pen, yAdvance: firstPosition.yAdvance, xOffset: firstPosition.xOffset, yOffset: firstPosition.yOffset });
    }
    index = end;
  }
  run.glyphs = folded;
  run.positions = foldedPositions;
  return run;
}
