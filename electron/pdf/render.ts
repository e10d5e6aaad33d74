/**
 * Renders a react-pdf element to a genuinely tagged PDF. It repeats the three steps of
 * @react-pdf/renderer's own pdf().toBuffer() (reconcile, lay out, draw) but creates the pdfkit
 * document itself, because react-pdf cannot be asked for `tagged: true`, and it passes the
 * Tagger to the drawing through the hooks our patch adds to @react-pdf/render
 * (patches/@react-pdf+render+4.7.0.patch). See ../shared/design/tagged-pdf.md.
 */
import type { ReactElement } from 'react';
import { Font, pdf, type DocumentProps } from '@react-pdf/renderer';
import layoutDocument from '@react-pdf/layout';
import renderPdf from '@react-pdf/render';
import PDFDocument from 'pdfkit';
import { drawGlyphsWithMarks, type GlyphDrawingDocument } from './draw-glyphs';
import { canonicalTag } from '../../shared/languages/scripts';
import { checkTaggedFile } from './file-check';
import { drawPageNumber, pageNumberStyle } from './page-numbers';
import { rememberShaping } from './shaping-cache';
import { Tagger, type LayoutNode, type TaggerStats } from './tagger';
import { xmpDescriptions, type XmpInfo } from './xmp';

export interface RenderedPdf {
  readonly bytes: Buffer;
  readonly pages: number;
  readonly stats: TaggerStats;
  /** True when this file passed the checks and so carries the PDF/UA identifier. */
  readonly pdfUaIdentifier: boolean;
  /** Milliseconds: laying out, drawing, reading the file back (check), and all of it. */
  readonly timings: { readonly layout: number; readonly draw: number; readonly check?: number; readonly total: number };
}

/** What react-pdf's public pdf() returns, with the container its typings call `any`. */
interface ReactPdfInstance {
  readonly container: { readonly document: { readonly props?: DocumentProps } };
}

type LayoutFunction = (document: unknown, fontStore: unknown) => Promise<LayoutNode>;
type RenderFunction = (pdf: PDFDocument, document: LayoutNode, hooks: { beginNode: (pdf: unknown, node: LayoutNode) => void; endNode: (pdf: unknown, node: LayoutNode) => void }) => void;

/** Every node react-pdf's renderNode visits: Text and Svg children are drawn by their parent. */
export function countDrawnNodes(node: LayoutNode): number {
  if (node.type === 'TEXT' || node.type === 'SVG' || !node.children) return 0;
  return node.children.reduce((count, child) => count + 1 + countDrawnNodes(child), 0);
}

/**
 * react-pdf's layout, counting the blocks it had to cut: a block that may not break across pages
 * but is taller than a page is cut at the foot of it, and react-pdf only says so on the console.
 * The documents keep only short blocks whole, so this should never happen; if it does, the file
 * fails its checks rather than passing with words missing.
 */
async function layOut(documentNode: unknown): Promise<{ layout: LayoutNode; cut: number }> {
  let cut = 0;
  // Not logging: listening for react-pdf's one warning, and passing any other on untouched.
  /* eslint-disable no-console */
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes("can't wrap between pages")) cut++;
    else warn(...args);
  };
  try {
    return { layout: await (layoutDocument as unknown as LayoutFunction)(documentNode, Font), cut };
  } finally {
    console.warn = warn;
  }
  /* eslint-enable no-console */
}

/** If an upgrade of react-pdf stops calling our hooks for every node it draws, fail loudly. */
export function assertEveryNodeTagged(stats: Pick<TaggerStats, 'nodes'>, layout: LayoutNode): void {
  const expected = countDrawnNodes(layout);
  if (stats.nodes !== expected) {
    throw new Error(`The tagger saw ${stats.nodes} nodes but react-pdf laid out ${expected}: its drawing internals have changed.`);
  }
}

/** A document is called PDF/UA only if the tagger found nothing wrong and every font is embedded with Unicode. */
function conformanceProblems(document: PDFDocument, stats: TaggerStats): string[] {
  const problems = [...stats.problems];
  for (const [name, font] of Object.entries(document._fontFamilies)) {
    // pdfkit loads Helvetica as its default font; a font is only written once something uses it.
    const used = font.dictionary !== undefined && font.dictionary !== null;
    if (used && (!font.subset || !font.unicode)) problems.push(`The font ${name} is not embedded with a Unicode map.`);
  }
  return problems;
}

/**
 * pdfkit pastes the title, author and subject into the XMP metadata unescaped (its _addInfo), so a
 * name could break the XML or add to it: the document writes ours instead (xmp.ts). The Info
 * dictionary pdfkit writes as PDF strings, which it escapes.
 */
function useEscapedXmp(document: PDFDocument, metadata: XmpInfo): void {
  if (typeof document._addInfo !== 'function') throw new Error('pdfkit no longer writes its XMP metadata with _addInfo: its internals have changed.');
  document._addInfo = () => document.appendXML(xmpDescriptions(metadata));
}

/**
 * react-pdf sets the font before every run of text, passing the font object itself; for an object
 * pdfkit makes a new embedded font each time and compares it with the one it has (checksums, and
 * the name table as JSON) to find it is the same. The answer is remembered per font object.
 */
function rememberFonts(document: PDFDocument): void {
  const setFont = document.font.bind(document);
  const known = new WeakMap<object, unknown>();
  document.font = (src: unknown, size?: number) => {
    if (typeof src !== 'object' || src === null) return setFont(src, size);
    const embedded = known.get(src);
    if (embedded === undefined) {
      setFont(src, size);
      known.set(src, document._font);
      return document;
    }
    // What pdfkit's font() sets when it finds the font it already has.
    document._fontSource = src;
    document._fontFamily = null;
    if (size !== undefined) document.fontSize(size);
    document._font = embedded;
    return document;
  };
}

/**
 * Draws the element as a tagged PDF. It carries the PDF/UA identifier only when it passed the
 * checks made while drawing and, read back by pdf.js, the file's own (file-check.ts); a file that
 * fails the second is drawn again without the identifier.
 */
export async function renderTaggedPdf(element: ReactElement): Promise<RenderedPdf> {
  const drawn = await drawTaggedPdf(element, true);
  if (!drawn.pdfUaIdentifier) return drawn;
  const started = performance.now();
  const problems = await checkTaggedFile(drawn.bytes);
  const check = performance.now() - started;
  if (problems.length === 0) return { ...drawn, timings: { ...drawn.timings, check, total: drawn.timings.total + check } };
  const again = await drawTaggedPdf(element, false);
  return { ...again, stats: { ...again.stats, problems: [...again.stats.problems, ...problems] } };
}

async function drawTaggedPdf(element: ReactElement, identifierAllowed: boolean): Promise<RenderedPdf> {
  const started = performance.now();
  const instance = pdf(element as Parameters<typeof pdf>[0]) as unknown as ReactPdfInstance;
  const documentNode = instance.container.document;
  const props = documentNode.props ?? {};
  if (!props.title || !props.language) throw new Error('A document needs a title and a language.');
  if (canonicalTag(props.language) === null) throw new Error('A document’s language is not a BCP 47 language tag.');

  const metadata: XmpInfo = {
    title: props.title,
    ...(props.author ? { author: props.author } : {}),
    ...(props.subject ? { subject: props.subject } : {}),
    creatorTool: 'Confer',
    producer: 'Confer (react-pdf with a tagging layer)',
    created: props.creationDate ?? new Date(),
  };
  const document = new PDFDocument({
    compress: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: props.language,
    displayTitle: true,
    autoFirstPage: false,
    info: {
      Title: metadata.title,
      ...(metadata.author ? { Author: metadata.author } : {}),
      ...(metadata.subject ? { Subject: metadata.subject } : {}),
      Creator: metadata.creatorTool,
      Producer: metadata.producer,
      CreationDate: metadata.created,
    },
  });
  document._root.data.PageMode = 'UseOutlines';
  useEscapedXmp(document, metadata);
  rememberFonts(document);
  drawGlyphsWithMarks(document as unknown as GlyphDrawingDocument);

  rememberShaping(Font as unknown as Parameters<typeof rememberShaping>[0]);
  const { layout, cut } = await layOut(documentNode);
  const laidOut = performance.now();

  const tagger = new Tagger(document);
  if (cut > 0) tagger.stats.problems.push(`${cut} block(s) too tall for a page were cut off at the foot of it.`);
  let pdfUaIdentifier = false;
  const end = document.end.bind(document);
  // The identifier goes into the XMP metadata as the file is finished, so decide just before.
  document.end = () => {
    const problems = conformanceProblems(document, tagger.stats);
    tagger.stats.problems = problems;
    if (problems.length === 0 && identifierAllowed) {
      document.initSubset({ subset: 'PDF/UA' });
      pdfUaIdentifier = true;
    }
    end();
  };

  const chunks: Buffer[] = [];
  document.on('data', (chunk) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    document.on('end', resolve);
    document.on('error', reject);
  });
  const totalPages = layout.children?.length ?? 0;
  let pageNumber = 0;
  (renderPdf as unknown as RenderFunction)(document, layout, {
    beginNode: (_pdf, node) => {
      if (node.type === 'PAGE') pageNumber++;
      tagger.begin(node);
    },
    endNode: (_pdf, node) => {
      // Inside the footer's artifact, which the tagger closes at its end.
      const numbers = pageNumberStyle(node);
      if (numbers) drawPageNumber(document, node, numbers, pageNumber, totalPages);
      tagger.end(node);
    },
  });
  await finished;
  const drawn = performance.now();

  assertEveryNodeTagged(tagger.stats, layout);
  return {
    bytes: Buffer.concat(chunks),
    pages: layout.children?.length ?? 0,
    stats: tagger.stats,
    pdfUaIdentifier,
    timings: { layout: laidOut - started, draw: drawn - laidOut, total: drawn - started },
  };
}
