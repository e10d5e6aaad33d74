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
