/**
 * Unicode's default-ignorable characters (DerivedCoreProperties.txt, less the four Hangul fillers,
 * as fontkit and HarfBuzz count them): the bidirectional marks and isolates, joiners, variation
 * selectors. They are never drawn (fontkit-fixes.ts, fix 4), so no font needs a glyph for them, and
 * they must reach the layout as they are: an isolate around a value is what keeps the value's
 * direction inside a right-to-left sentence (shared/languages/bidi.ts).
 */
export function isDefaultIgnorable(codePoint: number): boolean {
  return (
    codePoint === 0x00ad ||
    codePoint === 0x034f ||
    codePoint === 0x061c ||
    (codePoint >= 0x17b4 && codePoint <= 0x17b5) ||
    (codePoint >= 0x180b && codePoint <= 0x180e) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x206f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfff0 && codePoint <= 0xfff8) ||
    (codePoint >= 0x1bca0 && codePoint <= 0x1bca3) ||
    (codePoint >= 0x1d173 && codePoint <= 0x1d17a) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe0fff)
  );
}

const HIDDEN = Symbol('confer.hiddenIgnorable');

/**
 * The glyph fontkit put in a default-ignorable's place (a space with no advance), marked as not to be
 * drawn and keeping the character it stands for, so textkit's count of characters stays right. The
 * space is the font's own glyph object, shared by every run: the mark goes on a view of it.
 */
export function hiddenGlyph<G extends object>(space: G, codePoints: readonly number[]): G {
  return Object.create(space, { codePoints: { value: [...codePoints] }, [HIDDEN]: { value: true } }) as G;
}

/**
 * Whether a laid-out glyph stands for an invisible formatting character: it is not drawn
 * (draw-glyphs.ts) and not folded into the glyph before it (glyph-clusters.ts), whose characters
 * would then include it and make every copy of that glyph read back with it.
 */
export const isHiddenIgnorable = (glyph: unknown): boolean => typeof glyph === 'object' && glyph !== null && (glyph as { [HIDDEN]?: true })[HIDDEN] === true;
