/**
 * Two independent readers of the real PDF files: poppler's command-line tools and pdf.js. The
 * documents' tests use both, so a file is only called tagged when both agree.
 */
import { execFileSync } from 'node:child_process';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PAINTING_OPERATORS } from '../../electron/pdf/file-check';

// ---- poppler ----

const run = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** `pdfinfo` as a map of its "Key: value" lines. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

export const pdfStructText = (file: string): string => run('pdfinfo', ['-struct-text', file]);

export interface PdfFont {
  readonly name: string;
  readonly embedded: boolean;
  readonly unicode: boolean;
}

/** `pdffonts`, one entry per font (columns: name, type, encoding, emb, sub, uni, object, id). */
export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    const [emb, , uni] = columns.slice(-5, -2);
    return { name: columns[0] ?? '', embedded: emb === 'yes', unicode: uni === 'yes' };
  });
}

export const pdfText = (file: string): string => run('pdftotext', ['-layout', file, '-']);

/**
 * The words of the pages in the order poppler reads them from their layout (not the content
 * stream), without each page's running header (its first line) and page number: what the
 * structure tree's reading order should match. Poppler reads a table line by line, so cells that
 * run over several lines interleave; compare documents whose table cells fit one line.
 */
export function visualWords(file: string): string[] {
  return run('pdftotext', [file, '-'])
    .split('\f')
    .flatMap((page) => page.split('\n').map((line) => line.trim()).filter((line) => line !== '').slice(1))
    .filter((line) => !/^Page \d+ of \d+$/.test(line))
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

// ---- the XMP metadata ----

const PACKET_START = '<?xpacket begin=';
const PACKET_END = '<?xpacket end="w"?>';

/**
 * The file's one XMP packet, as the UTF-8 text it must be (pdfkit writes it uncompressed). Fails
 * when there is none, more than one, or its bytes are not valid UTF-8.
 */
export function xmpPacket(bytes: Uint8Array): string {
  const file = Buffer.from(bytes);
  const start = file.indexOf(PACKET_START);
  const end = file.indexOf(PACKET_END, start);
  if (start < 0 || end < 0) throw new Error('The file has no XMP packet.');
  if (file.indexOf(PACKET_START, start + 1) >= 0) throw new Error('The file has more than one XMP packet.');
  return new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(start, end + PACKET_END.length));
}

// ---- pdf.js ----

export interface StructureNode {
  readonly role: string;
  readonly alt?: string;
  readonly children: readonly (StructureNode | { readonly text: string })[];
}

export interface PdfJsReport {
  readonly pages: number;
  readonly marked: boolean;
  readonly title: string | undefined;
  readonly language: string | undefined;
  readonly pdfUaPart: string | undefined;
  readonly outline: readonly string[];
  /** Painting operators inside tagged content, inside artifacts, and in neither (must be 0). */
  readonly painting: { readonly tagged: number; readonly artifact: number; readonly untagged: number };
  /** Each page's structure tree, with the text of each piece of content. */
  readonly trees: readonly StructureNode[];
  /** The words of the structure tree's content, in the tree's order. */
  readonly structureWords: readonly string[];
  /** The words of the tagged content, in the order it is drawn on the pages. */
  readonly contentWords: readonly string[];
}

const OPS = pdfjs.OPS;
// The app's own list of painting operators; how the marks are found and counted here is the test's own.
const PAINTING = PAINTING_OPERATORS;

interface RawStructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: RawStructNode[];
}

interface OutlineItem {
  title: string;
  items?: OutlineItem[];
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

export async function readWithPdfJs(bytes: Uint8Array): Promise<PdfJsReport> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const markInfo = await document.getMarkInfo();
    const { info, metadata } = (await document.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(name: string): string | undefined } | null };
    const outlineItems = ((await document.getOutline()) ?? []) as OutlineItem[];
    const flatten = (items: readonly OutlineItem[], depth: number): string[] =>
      items.flatMap((item) => [`${'  '.repeat(depth)}${item.title}`, ...flatten(item.items ?? [], depth + 1)]);

    const painting = { tagged: 0, artifact: 0, untagged: 0 };
    const trees: StructureNode[] = [];
    const structureWords: string[] = [];
    const contentWords: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      const open: { tag: string; mcid: boolean }[] = [];
      operators.fnArray.forEach((fn, index) => {
        const args = operators.argsArray[index] as unknown[];
        if (fn === OPS.beginMarkedContent) open.push({ tag: String(args[0]), mcid: false });
        else if (fn === OPS.beginMarkedContentProps) open.push({ tag: String(args[0]), mcid: typeof args[1] === 'number' });
        else if (fn === OPS.endMarkedContent) open.pop();
        else if (PAINTING.has(fn)) {
          if (open.some((m) => m.tag === 'Artifact')) painting.artifact++;
          else if (open.some((m) => m.mcid)) painting.tagged++;
          else painting.untagged++;
        }
      });

      // The text of each marked-content id, in drawing order.
      const content = await page.getTextContent({ includeMarkedContent: true });
      const textById = new Map<string, string>(); // in drawing order
      const ids: (string | null)[] = [];
      for (const item of content.items as { type?: string; id?: string; str?: string; hasEOL?: boolean }[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') ids.push(item.id ?? null);
        else if (item.type === 'endMarkedContent') ids.pop();
        else if (item.str !== undefined) {
          const id = ids.findLast((candidate) => candidate !== null);
          if (!id) continue;
          textById.set(id, (textById.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
        }
      }
      for (const text of textById.values()) contentWords.push(...wordsOf(text));
      const raw = (await page.getStructTree()) as RawStructNode | null;
      const convert = (node: RawStructNode): StructureNode | { text: string } => {
        if (node.type === 'content') {
          const text = textById.get(node.id ?? '') ?? '';
          structureWords.push(...wordsOf(text));
          return { text };
        }
        return { role: node.role ?? '', ...(node.alt ? { alt: node.alt } : {}), children: (node.children ?? []).map(convert) };
      };
      if (raw) trees.push(convert(raw) as StructureNode);
    }
    return {
      pages: document.numPages,
      marked: Boolean((markInfo as { Marked?: boolean } | null)?.Marked),
      title: info.Title as string | undefined,
      language: info.Language as string | undefined,
      pdfUaPart: metadata?.get('pdfuaid:part'),
      outline: flatten(outlineItems, 0),
      painting,
      trees,
      structureWords,
      contentWords,
    };
  } finally {
    await document.destroy();
  }
}

/** The roles of a structure tree in document order, for snapshots and ordering checks. */
export function rolesOf(node: StructureNode | { text: string }): string[] {
  if (!('role' in node)) return [];
  return [node.role, ...node.children.flatMap(rolesOf)];
}

/** Extracted text with every run of white space as one space, so lines wrapped anywhere compare. */
export const flat = (text: string): string => text.replace(/\s+/gu, ' ');

/** Where each line is in the text, searching on from the one before: -1 for a line not found in order. */
export function positions(text: string, lines: readonly string[]): number[] {
  let from = 0;
  return lines.map((line) => {
    const at = text.indexOf(flat(line), from);
    if (at >= 0) from = at + 1;
    return at;
  });
}
