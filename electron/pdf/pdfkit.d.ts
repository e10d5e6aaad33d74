// pdfkit ships no types and @types/pdfkit lags 0.20. Only what the tagging layer uses is declared.
declare module 'pdfkit' {
  export interface PdfStructureElement {
    add(child: PdfStructureElement | PdfStructureContent): PdfStructureElement;
  }
  export type PdfStructureContent = object;

  export interface PdfDocumentOptions {
    compress?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    tagged?: boolean;
    subset?: 'PDF/UA';
    lang?: string;
    displayTitle?: boolean;
    autoFirstPage?: boolean;
    info?: Record<string, string | Date>;
  }

  export default class PDFDocument {
    constructor(options?: PdfDocumentOptions);
    struct(role: string, options?: Record<string, unknown>): PdfStructureElement;
    addStructure(element: PdfStructureElement): this;
    markStructureContent(role: string, options?: Record<string, unknown>): PdfStructureContent;
    markContent(tag: string, options?: Record<string, unknown>): this;
    endMarkedContent(): this;
    initSubset(options: { subset: 'PDF/UA' }): void;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    addPage(...args: unknown[]): this;
    annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): this;
    end(): void;
    /** Writes the title, author, subject and dates into the XMP metadata (unescaped: see render.ts). */
    _addInfo(): void;
    appendXML(xml: string, newline?: boolean): void;
    // For the page numbers (page-numbers.ts): a font react-pdf already embedded, and one line of text.
    font(src: unknown, size?: number): this;
    /** The current font, and what it was set from (render.ts remembers fonts per font object). */
    _font: unknown;
    _fontSource: unknown;
    _fontFamily: unknown;
    fontSize(size: number): this;
    fillColor(color: string): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options?: { lineBreak?: boolean }): this;
    save(): this;
    restore(): this;
    _root: { data: Record<string, unknown> };
    /** Embedded (TrueType) fonts carry a glyph subset and a ToUnicode map; the standard 14 do not. */
    _fontFamilies: Record<string, { name?: string; subset?: unknown; unicode?: unknown; dictionary?: unknown }>;
  }
}

// fontkit (react-pdf's and pdfkit's font reader) ships no types; the typeface only asks which
// characters a font can draw.
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
