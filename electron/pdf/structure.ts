/**
 * The vocabulary shared by the document components and the tagger: which PDF structure element
 * a react-pdf node becomes. Components put an `a11y` object on each node; the tagger reads it back
 * from the layout tree while pdfkit draws.
 */
export type StructureRole =
  | 'Document' | 'Sect' | 'Div'
  | 'H1' | 'H2' | 'H3' | 'H4'
  | 'P' | 'Span' | 'BlockQuote' | 'Note'
  | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD'
  | 'Figure' | 'Caption' | 'Link';

export type ArtifactType = 'Pagination' | 'Layout' | 'Background';

export interface A11y {
  readonly role?: StructureRole;
  /** The whole subtree is an artifact: drawn, but never read by assistive technology. */
  readonly artifact?: ArtifactType;
  /** Alternative text of a Figure (required for one). */
  readonly alt?: string;
  /** Header cells: whether they head a column or a row. */
  readonly scope?: 'Row' | 'Column' | 'Both';
  /** The element's own language (BCP 47), when it differs from the document's: a screen reader switches voice. */
  readonly lang?: string;
}

/** The prop name the tagger looks for on layout nodes. */
export const A11Y_PROP = 'a11y';

/** Structure elements that hold text themselves: a plain Text inside one adds no paragraph. */
export const HOLDS_TEXT: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'P', 'Span', 'Lbl', 'LBody', 'TH', 'TD', 'Caption', 'Link', 'Note']);
