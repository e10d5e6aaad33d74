/**
 * Turns react-pdf's drawing of the layout tree into a PDF structure tree, with pdfkit's
 * marked-content API. Every node's own drawing becomes either tagged content (an MCID inside a
 * structure element) or an artifact, so nothing on a page is left untagged.
 *
 * It needs begin(node) and end(node) around each node react-pdf draws (the hooks our patch to
 * @react-pdf/render adds), and it wraps two methods of the pdfkit document it is given: addPage
 * (a page background is drawn straight after) and annotate (links get a Link element).
 */
import type PDFDocument from 'pdfkit';
import type { PdfStructureElement } from 'pdfkit';
import { canonicalTag } from '../../shared/languages/scripts';
import { expectRunTexts, runTextsOf } from './actual-text';
import { A11Y_PROP, HOLDS_TEXT, type A11y, type ArtifactType } from './structure';

/** The parts of a react-pdf layout node the tagger reads. */
export interface LayoutNode {
  readonly type: string;
  readonly props?: Record<string, unknown>;
  readonly style?: { readonly backgroundColor?: string };
  readonly box?: { readonly borderTopWidth?: number; readonly borderRightWidth?: number; readonly borderBottomWidth?: number; readonly borderLeftWidth?: number };
  readonly children?: readonly LayoutNode[];
  readonly lines?: readonly unknown[];
}

export interface TaggerStats {
  nodes: number;
  structureElements: number;
  taggedContent: number;
  artifacts: number;
  links: number;
  /** Things that would break accessibility; a document with any is not called PDF/UA. */
  problems: string[];
}

/** Nodes whose own drawing is content; everything else is a container. */
const LEAF_TYPES = new Set(['TEXT', 'IMAGE', 'SVG', 'CANVAS']);
/** Form fields and notes: react-pdf draws them, but the tagger cannot tag them. */
const UNSUPPORTED_TYPES = new Set(['NOTE', 'TEXT_INPUT', 'SELECT', 'CHECKBOX', 'LIST', 'FIELD_SET']);

interface Frame {
  readonly node: LayoutNode;
  readonly element: PdfStructureElement | null;
  readonly role: string | null;
}

const a11yOf = (node: LayoutNode): A11y | undefined => node.props?.[A11Y_PROP] as A11y | undefined;

function isDecorated(node: LayoutNode): boolean {
  const box = node.box ?? {};
  return Boolean(node.style?.backgroundColor || box.borderTopWidth || box.borderRightWidth || box.borderBottomWidth || box.borderLeftWidth);
}

export class Tagger {
  readonly stats: TaggerStats = { nodes: 0, structureElements: 0, taggedContent: 0, artifacts: 0, links: 0, problems: [] };
  private readonly root: PdfStructureElement;
  private readonly stack: Frame[] = [];
  private open: 'artifact' | 'content' | null = null;
  /** Depth inside an artifact subtree (headers, footers, decoration). */
  private artifactDepth = 0;
  /**
   * A node split across pages keeps its a11y object (or, for a plain Text, its props object), so
   * keying elements by it joins the halves into one element.
   */
  private readonly elementsByKey = new WeakMap<object, PdfStructureElement>();
  private pageNode: LayoutNode | null = null;
  private lastHeadingLevel = 0;

  constructor(private readonly pdf: PDFDocument) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
    this.stats.structureElements++;

    const addPage = pdf.addPage.bind(pdf);
    pdf.addPage = (...args: unknown[]) => {
      const result = addPage(...args);
      if (this.pageNode && isDecorated(this.pageNode)) this.openArtifact('Background');
      return result;
    };
    const annotate = pdf.annotate.bind(pdf);
    pdf.annotate = (x, y, width, height, options) => annotate(x, y, width, height, this.linkOptions(options));
  }

  begin(node: LayoutNode): void {
    this.stats.nodes++;
    if (this.artifactDepth > 0) {
      this.artifactDepth++;
      return;
    }
    this.closeMarkedContent();
    const a11y = a11yOf(node);
    if (node.type === 'PAGE') {
      this.pageNode = node;
      this.stack.push({ node, element: null, role: null });
      return;
    }
    if (node.props?.fixed || a11y?.artifact) {
      // Page headers and footers are `fixed`: repeated on every page, so pagination artifacts.
      this.openArtifact(a11y?.artifact ?? 'Pagination');
      this.artifactDepth = 1;
      return;
    }
    if (UNSUPPORTED_TYPES.has(node.type)) this.stats.problems.push(`A ${node.type} cannot be tagged.`);

    const parentRole = this.currentRole();
    const role = this.roleFor(node, a11y, parentRole);
    const element = role ? this.elementFor(node, role, a11y) : null;
    this.stack.push({ node, element, role });

    if (LEAF_TYPES.has(node.type)) {
      if (node.type === 'TEXT' && !node.lines?.length && !isDecorated(node)) return;
      if (role || (node.type === 'TEXT' && HOLDS_TEXT.has(parentRole))) {
        this.openContent(role ?? parentRole);
        if (node.type === 'TEXT') expectRunTexts(this.pdf, runTextsOf(node.lines));
      }
      else this.openArtifact('Layout'); // an image without alternative text is decoration
    } else if (isDecorated(node) || node.type === 'IMAGE_BACKGROUND') {
      // A container's background and borders: closed by its first child's begin() or its end().
      this.openArtifact('Layout');
    }
  }

  end(node: LayoutNode): void {
    if (this.artifactDepth > 0) {
      this.artifactDepth--;
      if (this.artifactDepth === 0) this.closeMarkedContent();
      return;
    }
    this.closeMarkedContent();
    expectRunTexts(this.pdf, null);
    const frame = this.stack.pop();
    if (frame?.node !== node) throw new Error('The tagger’s begin and end calls do not pair up: react-pdf’s drawing order has changed.');
  }

  private roleFor(node: LayoutNode, a11y: A11y | undefined, parentRole: string): string | null {
    if (a11y?.role) return a11y.role;
    switch (node.type) {
      case 'TEXT':
        return HOLDS_TEXT.has(parentRole) ? null : 'P';
      case 'LINK':
        return 'Link';
      default:
        return null; // Views are transparent; images without alternative text are decoration
    }
  }

  private elementFor(node: LayoutNode, role: string, a11y: A11y | undefined): PdfStructureElement {
    const key = (a11y ?? node.props) as object | undefined;
    const existing = key ? this.elementsByKey.get(key) : undefined;
    if (existing) return existing;

    const options: Record<string, unknown> = {};
    if (a11y?.alt) options.alt = a11y.alt;
    if (a11y?.lang !== undefined) {
      // Never written into the file unless it is a language tag.
      if (canonicalTag(a11y.lang) === null) this.stats.problems.push('A text has a language that is not a BCP 47 language tag.');
      else options.lang = a11y.lang;
    }
    if (a11y?.scope) options.scope = a11y.scope;
    const element = this.pdf.struct(role, options);
    if (key) this.elementsByKey.set(key, element);
    this.currentElement().add(element);
    this.stats.structureElements++;
    this.checkHeadingLevel(role);
    if (role === 'Figure' && !a11y?.alt) this.stats.problems.push('A figure has no alternative text.');
    if (role === 'TH' && !a11y?.scope) this.stats.problems.push('A header cell has no scope.');
    return element;
  }

  private checkHeadingLevel(role: string): void {
    const match = /^H([1-6])$/.exec(role);
    if (!match) return;
    const level = Number(match[1]);
    if (level > this.lastHeadingLevel + 1) this.stats.problems.push(`Heading level skipped: H${this.lastHeadingLevel} to ${role}.`);
    this.lastHeadingLevel = level;
  }

  /** A link annotation gets a Link element as its structure parent, and a description. */
  private linkOptions(options: Record<string, unknown>): Record<string, unknown> {
    if (options.Subtype !== 'Link' || this.artifactDepth > 0) return options;
    let link = this.currentElement();
    if (this.currentRole() !== 'Link') {
      link = this.pdf.struct('Link');
      this.currentElement().add(link);
      this.stats.structureElements++;
    }
    this.stats.links++;
    const action = options.A as { URI?: unknown } | undefined;
    const target = String(action?.URI ?? options.Dest ?? '');
    return { ...options, structParent: link, Contents: new String(target) };
  }

  private currentElement(): PdfStructureElement {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const element = this.stack[i]?.element;
      if (element) return element;
    }
    return this.root;
  }

  private currentRole(): string {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const role = this.stack[i]?.role;
      if (role) return role;
    }
    return 'Document';
  }

  private closeMarkedContent(): void {
    if (!this.open) return;
    this.pdf.endMarkedContent();
    this.open = null;
  }

  private openArtifact(type: ArtifactType): void {
    this.closeMarkedContent();
    this.pdf.markContent('Artifact', { type });
    this.open = 'artifact';
    this.stats.artifacts++;
  }

  private openContent(role: string): void {
    this.closeMarkedContent();
    this.currentElement().add(this.pdf.markStructureContent(role));
    this.open = 'content';
    this.stats.taggedContent++;
  }
}
