/**
 * "Page N of M" in each page's footer, drawn by us as the page is drawn rather than laid out by
 * react-pdf. react-pdf can only print the page number through a text with a render prop, and a
 * page holding one makes its pagination lay out all the rest of the part again for every page it
 * splits off (resolveDynamicPage in @react-pdf/layout); with the number drawn here, a document is
 * laid out in about half the time, and looks the same.
 *
 * The footer stays a fixed, empty box in the layout, marked with PAGE_NUMBERS_PROP, so the tagger
 * makes it a pagination artifact as before and the number is drawn inside that artifact, in the
 * main typeface (the face react-pdf already embedded, so no font is added).
 */
import type PDFDocument from 'pdfkit';
import type { LayoutNode } from './tagger';
import { regularFace } from './typeface';

/** The prop on the footer box: the type size and colour of the page number. */
export const PAGE_NUMBERS_PROP = 'pageNumbers';

export interface PageNumberStyle {
  readonly fontSize: number;
  readonly color: string;
  /** "Page 3 of 7" in the document's languages (a bilingual copy's); English when not given. */
  readonly words?: (page: number, total: number) => string;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
}

export function pageNumberStyle(node: LayoutNode): PageNumberStyle | undefined {
  return node.props?.[PAGE_NUMBERS_PROP] as PageNumberStyle | undefined;
}

/** "Page 3 of 7", right-aligned at the top of the footer box, as react-pdf set a text there. */
export function drawPageNumber(pdf: PDFDocument, node: LayoutNode, style: PageNumberStyle, pageNumber: number, totalPages: number): void {
  const box = (node as LayoutNode & { box?: Partial<Box> }).box ?? {};
  const english = `Page ${pageNumber} of ${totalPages}`;
  const face = regularFace() as { hasGlyphForCodePoint(codePoint: number): boolean };
  const words = style.words?.(pageNumber, totalPages);
  // Drawn here in the main typeface alone: words it has no glyph for stay in English, never as boxes.
  const text = words !== undefined && [...words].every((character) => face.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)) ? words : english;
  pdf.save();
  pdf.font(face).fontSize(style.fontSize).fillColor(style.color);
  const right = (box.left ?? 0) + (box.width ?? 0);
  pdf.text(text, right - pdf.widthOfString(text), box.top ?? 0, { lineBreak: false });
  pdf.restore();
}
