/**
 * Type sizes and layout for the documents. Large print keeps the same layout with a body of at
 * least 16 pt. Every unitless lineHeight sits beside its fontSize: react-pdf multiplies it by the
 * element's own size, not the inherited one.
 */
import { FONT_STACK } from './typeface';

export interface PrintSize {
  readonly name: 'standard' | 'large';
  readonly body: number;
  readonly small: number;
  readonly title: number;
  readonly heading2: number;
  readonly heading3: number;
}

export const PRINT_SIZES = {
  standard: { name: 'standard', body: 11, small: 9, title: 20, heading2: 15, heading3: 12.5 },
  large: { name: 'large', body: 16, small: 14, title: 28, heading2: 22, heading3: 18 },
} as const satisfies Record<string, PrintSize>;

// Colours meet 4.5:1 on white (ink #1b1b1b; muted #4a4a4a; accent #1d4f91).
const INK = '#1b1b1b';
const MUTED = '#4a4a4a';
const ACCENT = '#1d4f91';
const RULE = '#b1b4b6';

export function stylesFor(size: PrintSize) {
  const lineHeight = 1.45;
  const text = (fontSize: number, extra: Record<string, string | number | string[]> = {}) => ({ fontFamily: FONT_STACK, fontSize, lineHeight, color: INK, ...extra });
  const headerHeight = size.small * 2.2;
  return {
    keepWithNext: size.body * 5,
    /** About how many characters fill a page's text area at this size (A4, 56 pt margins). */
    charactersPerPage: Math.round(((483 / (size.body * 0.5)) * (700 / (size.body * lineHeight))) * 0.8),
    page: { paddingTop: 40 + headerHeight, paddingBottom: 40 + headerHeight, paddingHorizontal: 56, fontFamily: FONT_STACK, fontSize: size.body, color: INK },
    header: { position: 'absolute' as const, top: 24, left: 56, right: 56, height: headerHeight, borderBottomWidth: 0.75, borderBottomColor: RULE },
    // No lineHeight in fixed page furniture: with one, react-pdf grows the box off the page (react-pdf#3416).
    headerText: { fontFamily: FONT_STACK, fontSize: size.small, color: MUTED },
    footer: { position: 'absolute' as const, bottom: 24, left: 56, right: 56, height: headerHeight },
    /** "Page N of M", right-aligned in the footer (drawn by page-numbers.ts). */
    pageNumbers: { fontSize: size.small, color: MUTED },
    title: text(size.title, { fontWeight: 700, color: ACCENT, marginBottom: size.body * 0.8, lineHeight: 1.2 }),
    heading2: text(size.heading2, { fontWeight: 700, color: ACCENT, marginTop: size.body * 1.2, marginBottom: size.body * 0.5, lineHeight: 1.25 }),
    heading3: text(size.heading3, { fontWeight: 700, marginTop: size.body * 0.9, marginBottom: size.body * 0.35, lineHeight: 1.3 }),
    paragraph: text(size.body, { marginBottom: size.body * 0.6 }),
    letterhead: { flexDirection: 'row' as const, alignItems: 'center' as const, marginBottom: size.body * 1.2, paddingBottom: size.body * 0.6, borderBottomWidth: 0.75, borderBottomColor: RULE },
    letterheadText: { flex: 1 },
    letterheadName: text(size.body, { fontWeight: 700, color: ACCENT }),
    letterheadLine: text(size.small, { color: MUTED }),
    strong: { fontWeight: 700 },
    /** The second language of a bilingual pair: the same size, in the muted ink (over 7:1 on white). */
    secondLanguage: { color: MUTED },
    figure: { marginBottom: size.body * 0.8 },
    list: { marginBottom: size.body * 0.6 },
    listItem: { flexDirection: 'row' as const, marginBottom: size.body * 0.3 },
    bullet: text(size.body, { width: size.body * 1.2 }),
    number: text(size.body, { width: size.body * 1.8, fontWeight: 700 }),
    listBody: text(size.body, { flex: 1 }),
    listLine: text(size.body),
    fact: { flexDirection: 'row' as const, marginBottom: size.body * 0.3 },
    factLabel: text(size.body, { fontWeight: 700, width: '35%', paddingRight: 8 }),
    factValue: text(size.body, { flex: 1 }),
    table: { marginBottom: size.body * 0.8, borderTopWidth: 0.75, borderTopColor: RULE },
    tableHeaderRow: { flexDirection: 'row' as const, backgroundColor: '#eef2f7', borderBottomWidth: 0.75, borderBottomColor: RULE },
    tableRow: { flexDirection: 'row' as const, borderBottomWidth: 0.75, borderBottomColor: RULE },
    cell: { padding: 4 },
    headerCellText: text(size.body, { fontWeight: 700 }),
    cellText: text(size.body),
    callout: { padding: size.body * 0.6, marginBottom: size.body * 0.8, borderLeftWidth: 4 },
    calloutTones: {
      info: { borderLeftColor: ACCENT, backgroundColor: '#eef2f7' },
      warning: { borderLeftColor: '#8a4b00', backgroundColor: '#fff4e5' },
      restricted: { borderLeftColor: '#8b1a1a', backgroundColor: '#fbeaea' },
    },
  };
}

export type DocumentStyles = ReturnType<typeof stylesFor>;
