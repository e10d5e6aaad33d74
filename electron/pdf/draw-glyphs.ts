/**
 * How react-pdf's text is written into the page, installed as the pdfkit document's `glyphs`
 * method (react-pdf's renderer hands glyph runs to `ctx.glyphs` when the document has one).
 *
 * It is react-pdf 4.7's own code with one fix: a glyph's x and y offsets (where the font's mark
 * positioning puts an Arabic hamza or dot, a Bengali ra-phala, a Gurmukhi vowel sign) arrive in
 * points, and react-pdf scaled them a second time by the font size / 1000, so every mark was drawn
 * as if it had no offset, at the pen position. And a glyph standing for a cluster (glyph-clusters.ts)
 * draws its parts where the font put them. An invisible formatting character (an isolate, a
 * direction mark, a joiner: fontkit-fixes.ts, fix 4) is not drawn at all. Latin text without marks
 * draws exactly as before.
 */
import { nextRunText, pdfTextString } from './actual-text';
import { isHiddenIgnorable } from './default-ignorable';
import { unicodeOf } from './fontkit-fixes';
import { partsOf } from './glyph-clusters';

interface Position {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** The pdfkit internals react-pdf's own drawing uses. */
interface EmbeddedFont {
  readonly id: string;
  readonly font: { readonly unitsPerEm?: number };
  readonly subset?: { includeGlyph(id: number): number };
  readonly widths: (number | null | undefined)[];
  readonly unicode: (readonly number[] | null | undefined)[];
  readonly scale: number;
  ref(): unknown;
}

export interface GlyphDrawingDocument {
  _font: EmbeddedFont;
  _fontSize: number;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
  save(): unknown;
  restore(): unknown;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown;
  addContent(content: string): unknown;
  glyphs?: (glyphs: readonly Glyph[], positions: readonly Position[], x: number, y: number) => unknown;
}

const number = (n: number): number => {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
};

function encode(font: EmbeddedFont, glyphs: readonly Glyph[]): string[] {
  const subset = font.subset;
  // One of pdfkit's standard fonts (react-pdf's default, e.g. for an SVG text without a family).
  if (!subset) return glyphs.map((glyph) => `00${glyph.id.toString(16)}`.slice(-2));
  return glyphs.map((glyph) => {
    // Never drawn, so never in the font's subset or its Unicode map (the space fontkit put there would map to U+2068).
    if (isHiddenIgnorable(glyph)) return '';
    const gid = subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = unicodeOf(glyph);
    return `0000${gid.toString(16)}`.slice(-4);
  });
}

function drawGlyphs(document: GlyphDrawingDocument, glyphs: readonly Glyph[], positions: readonly Position[], startX: number, startY: number): unknown {
  const font = document._font;
  const pointsPerUnit = document._fontSize / (font.font.unitsPerEm || 1000);
  const toTextSpace = 1000 / document._fontSize;
  const advanceWidthScale = 1000 / (font.font.unitsPerEm || 1000);
  const encoded = encode(font, glyphs);
  // Advances in text space (thousandths of the font size); offsets stay in points.
  const advances = positions.map((position, index) => ({ xAdvance: position.xAdvance * toTextSpace, advanceWidth: glyphs[index]!.advanceWidth * advanceWidthScale }));
  const commands: string[] = [];
  const scale = document._fontSize / 1000;
  let x = startX;
  let last = 0;
  let hadOffset = false;
  document.save();
  document.transform(1, 0, 0, -1, 0, document.page.height);
  const y = document.page.height - startY;
  if (document.page.fonts[font.id] == null) document.page.fonts[font.id] = font.ref();
  // Inside the run's graphics state, where poppler reads it (actual-text.ts).
  const actualText = nextRunText(document);
  if (actualText !== null) document.addContent(`/Span <</ActualText ${pdfTextString(actualText)}>> BDC`);
  document.addContent('BT');
  document.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
  document.addContent(`/${font.id} ${number(document._fontSize)} Tf`);
  const addSegment = (cur: number) => {
    if (last < cur) {
      const previous = advances[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-(previous.xAdvance - previous.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (cur: number) => {
    addSegment(cur);
    if (commands.length > 0) {
      document.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i += 1) {
    const position = positions[i]!;
    const advance = advances[i]!;
    const hidden = isHiddenIgnorable(glyphs[i]);
    const allParts = partsOf(glyphs[i]);
    const parts = allParts?.some((part) => isHiddenIgnorable(part.glyph)) ? allParts.filter((part) => !isHiddenIgnorable(part.glyph)) : allParts;
    if (hidden || position.xOffset || position.yOffset || parts) {
      flush(i);
      // The fix: the offsets are already in points (react-pdf multiplied them by `scale` again).
      const glyphX = x + position.xOffset;
      const glyphY = y + position.yOffset;
      if (hidden) {
        last = i + 1; // left out; the next glyph is placed from x, which counts its (zero) advance
      } else {
        document.addContent(`1 0 0 1 ${number(glyphX)} ${number(glyphY)} Tm`);
        flush(i + 1);
      }
      for (const part of parts ?? []) {
        document.addContent(`1 0 0 1 ${number(glyphX + part.x * pointsPerUnit)} ${number(glyphY + part.y * pointsPerUnit)} Tm`);
        document.addContent(`[<${encode(font, [part.glyph])[0]!}> 0] TJ`);
      }
      hadOffset = true;
    } else {
      if (hadOffset) {
        document.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (advance.xAdvance - advance.advanceWidth !== 0) addSegment(i + 1);
    }
    x += advance.xAdvance * scale;
  }
  flush(i);
  document.addContent('ET');
  if (actualText !== null) document.addContent('EMC');
  return document.restore();
}

/** Makes react-pdf draw its glyph runs into this document with marks where the font puts them. */
export function drawGlyphsWithMarks(document: GlyphDrawingDocument): void {
  document.glyphs = (glyphs, positions, x, y) => drawGlyphs(document, glyphs, positions, x, y);
}
