/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The building blocks every document is written with. Each one says what it is (a heading, a list,
 * a table) through a fresh `a11y` object, which the tagger turns into the structure tree; its
 * identity is also what joins a paragraph split across pages into one element.
 * Reading order is the order of the JSX: do not use zIndex or out-of-order absolute positions.
 */
import { createContext, isValidElement, useContext, type ReactNode } from 'react';
import { Document, G, Line, Page, Rect, Svg, Text, Text as SvgText, View, type Styles } from '@react-pdf/renderer';
import type { AuthorityIdentity } from '../../shared/authority/identity';
import { Letterhead } from './letterhead';
import { PAGE_NUMBERS_PROP } from './page-numbers';
import { lineInDirection } from '../../shared/languages/bidi';
import { canonicalTag, isRightToLeft } from '../../shared/languages/scripts';
import { FONT_STACK, fontStackFor } from './typeface';
import type { A11y, StructureRole } from './structure';
import type { Said } from './said';
import { PRINT_SIZES, stylesFor, type DocumentStyles, type PrintSize } from './styles';

const StylesContext = createContext<DocumentStyles>(stylesFor(PRINT_SIZES.standard));

export const useDocumentStyles = (): DocumentStyles => useContext(StylesContext);

/** react-pdf keeps unknown props on the layout node, which is how `a11y` reaches the tagger. */
const tag = (a11y: A11y): Record<string, unknown> => ({ a11y: { ...a11y } });

// react-pdf's own style type, which allows a font stack.
type Style = Styles[string];

/**
 * Text in a language other than the document's (a BCP 47 tag, such as `ar` or `pa`): its
 * structure element carries the tag as its `Lang`, so a screen reader switches voice; it is set
 * in its script's font; a right-to-left language's lines run and align right to left, and its
 * rows (a bullet and its item, a label and its value, a table's cells) start on the right.
 * Without one, text is exactly as it always was.
 */
export interface InLanguage {
  readonly lang?: string | undefined;
}

/**
 * A language tag in its canonical form. A malformed one is passed on as it is: the tagger refuses
 * to write it and lists a problem, and renderTaggedPdf refuses a document language that is one
 * (an error thrown here would be lost inside react-pdf's reconciler).
 */
const canonicalOrAsGiven = (lang: string): string => canonicalTag(lang) ?? lang;

/** The style of text in a language: nothing without one. */
function textStyleFor(lang: string | undefined): Style | null {
  if (lang === undefined) return null;
  return isRightToLeft(lang) ? { fontFamily: fontStackFor(lang), direction: 'rtl', textAlign: 'right' } : { fontFamily: fontStackFor(lang) };
}

/** A row (bullet and item, label and value, cells) that starts on the right for a right-to-left language. */
const rowStyleFor = (lang: string | undefined): Style | null => (lang !== undefined && isRightToLeft(lang) ? { flexDirection: 'row-reverse' } : null);

/** The styles in order, the language's last (it only sets the font, direction and alignment). */
function withLanguage(style: Style | Style[], lang: string | undefined): Style | Style[] {
  const extra = textStyleFor(lang);
  if (extra === null) return style;
  return [...(Array.isArray(style) ? style : [style]), extra];
}

/** A line as printed in its language (shared/languages/bidi.ts): a right-to-left paragraph's all-English line keeps its own order. */
const lineIn = (line: string, lang: string | undefined): string => (lang === undefined ? line : lineInDirection(line, isRightToLeft(lang)));

/** The a11y object for an element in a language. */
const inLanguage = (a11y: A11y, lang: string | undefined): A11y => (lang === undefined ? a11y : { ...a11y, lang: canonicalOrAsGiven(lang) });

interface DocumentFrameProps {
  readonly title: string;
  readonly subject: string;
  /** Shown at the top of every page (as an artifact, so it is not read out on every page). */
  readonly runningHeader: string;
  readonly printSize: PrintSize;
  readonly madeOn: Date;
  /**
   * The document's content; or `parts`, each of which starts on a new page. A long document in
   * parts lays out faster: react-pdf lays out each part on its own, and lays out the start of the
   * rest of a part again for every page it splits off (see docs/documents.md, pagination).
   */
  readonly children?: ReactNode;
  readonly parts?: readonly ReactNode[];
  /** The authority's letterhead, at the top of the first page; none before the authority saves one. */
  readonly letterhead?: AuthorityIdentity | null;
  /**
   * The document's main language (its catalogue's `Lang`), British English unless given: for a
   * bilingual copy, the language of the recipient's copy. Text in another language says so itself.
   */
  readonly language?: string;
  /** "Page 3 of 7" in the document's languages (a bilingual copy's); English when not given. */
  readonly pageNumber?: (page: number, total: number) => string;
}

/** An A4 document (in British English unless told) with a running header and "Page N of M" footer. */
export function DocumentFrame({ title, subject, runningHeader, printSize, madeOn, children, parts, letterhead, language = 'en-GB', pageNumber }: DocumentFrameProps) {
  const styles = stylesFor(printSize);
  // One structure element for the whole body: the tagger joins nodes that share this object.
  const body = tag({ role: 'Sect' });
  return (
    <StylesContext.Provider value={styles}>
      <Document title={title} subject={subject} author="Confer" language={canonicalOrAsGiven(language)} creationDate={madeOn} pageMode="useOutlines">
        {(parts ?? [children]).map((part, index) => (
          <Page key={index} size="A4" style={styles.page}>
            {/* Explicit heights: react-pdf grows a fixed, bottom-placed box without one (react-pdf#3416). */}
            <View fixed style={styles.header}>
              <Text style={styles.headerText}>{runningHeader}</Text>
            </View>
            {index === 0 && letterhead && <Letterhead identity={letterhead} />}
            <View {...body}>{part}</View>
            {/*
              "Page N of M" is drawn into this box as the page is drawn (page-numbers.ts), not laid
              out by react-pdf: a text with a render prop makes react-pdf lay out all the rest of a
              part again for every page it splits off, which was most of the time a document took.
            */}
            <View fixed style={styles.footer} {...{ [PAGE_NUMBERS_PROP]: pageNumber ? { ...styles.pageNumbers, words: pageNumber } : styles.pageNumbers }} />
          </Page>
        ))}
      </Document>
    </StylesContext.Provider>
  );
}

/**
 * The lines of a text. A line break must never reach react-pdf inside a Text: the typeface has no
 * glyph for it, so react-pdf falls back to Helvetica, which is not embedded. Each line becomes its
 * own Text instead.
 */
export const linesOf = (text: string): string[] => text.split(/\r?\n/).filter((line) => line.trim() !== '');

/** A text that may hold line breaks, as one Text per line (for a container that holds the text). */
function Lines({ text, style, lang }: { readonly text: string; readonly style: Style | Style[]; readonly lang?: string | undefined }) {
  return (
    <>
      {linesOf(text).map((line, index) => (
        <Text key={index} style={withLanguage(style, lang)}>
          {lineIn(line, lang)}
        </Text>
      ))}
    </>
  );
}

const textWithRole = (role: StructureRole, styleKey: 'title' | 'paragraph') =>
  function Tagged({ children, style, lang }: { readonly children: ReactNode; readonly style?: Style } & InLanguage) {
    const styles = useDocumentStyles();
    const merged = withLanguage(style ? [styles[styleKey], style] : styles[styleKey], lang);
    // A text with line breaks is a run of paragraphs.
    const blocks = typeof children === 'string' ? linesOf(children) : [children];
    return (
      <>
        {blocks.map((block, index) => (
          <Text key={index} style={merged} {...tag(inLanguage({ role }, lang))}>
            {typeof block === 'string' ? lineIn(block, lang) : block}
          </Text>
        ))}
      </>
    );
  };

export const Title = textWithRole('H1', 'title');
export const P = textWithRole('P', 'paragraph');

/**
 * A section with a heading and a bookmark; level 2 and 3 sections nest inside it. `keepTogether`
 * keeps a short section on one page; `keepWithNext` is how much of what follows (in points) must
 * fit under the heading, for a section that opens with a block that cannot split.
 */
export function Section({
  title,
  level = 2,
  keepTogether = false,
  keepWithNext,
  children,
  lang,
}: {
  /** One heading, or (in a bilingual copy) one heading per language, each with its own Lang. */
  readonly title: string | readonly Said[];
  readonly level?: 2 | 3;
  readonly keepTogether?: boolean;
  readonly keepWithNext?: number;
  readonly children: ReactNode;
} & InLanguage) {
  const styles = useDocumentStyles();
  const fitsWhole = useFitsWhole();
  return (
    <View wrap={!(keepTogether && fitsWhole(children))} {...tag({ role: 'Sect' })} {...{ bookmark: { title: typeof title === 'string' ? title : title.map((said) => said.text).join(' / '), expanded: true } }}>
      {/* react-pdf only moves an element to the next page for minPresenceAhead when something comes before it in its parent. */}
      <View style={{ height: 0 }} />
      {typeof title === 'string' ? (
        // `lang` is the heading's: what the section holds says its own language.
        <Text style={withLanguage(level === 2 ? styles.heading2 : styles.heading3, lang)} minPresenceAhead={keepWithNext ?? styles.keepWithNext} {...tag(inLanguage({ role: level === 2 ? 'H2' : 'H3' }, lang))}>
          {title}
        </Text>
      ) : (
        // A heading in two languages stays together, and with what follows it.
        <View wrap={false} minPresenceAhead={keepWithNext ?? styles.keepWithNext}>
          {title.map((said, index) => (
            <Text
              key={index}
              style={withLanguage(
                [level === 2 ? styles.heading2 : styles.heading3, ...(index < title.length - 1 ? [{ marginBottom: 0 }] : []), ...(index > 0 ? [{ marginTop: 0 }] : [])],
                said.lang,
              )}
              {...tag(inLanguage({ role: level === 2 ? 'H2' : 'H3' }, said.lang))}
            >
              {said.text}
            </Text>
          ))}
        </View>
      )}
      {children}
    </View>
  );
}

/** One language's lines of a bilingual list item or value, kept as one paragraph with its own Lang. */
export interface LanguageLines {
  readonly lang: string;
  readonly lines: readonly string[];
}

/** A bilingual list item or value: a paragraph per language, in the order given. */
export interface Bilingual {
  readonly languages: readonly LanguageLines[];
}

const isBilingual = (item: unknown): item is Bilingual => typeof item === 'object' && item !== null && !isValidElement(item) && 'languages' in item;

/** A list item's body: a text (its lines kept), lines given one by one (the first can be bold), one paragraph per language, or anything else. */
export type ListItem = string | readonly string[] | Bilingual | ReactNode;

/** One language's paragraph of a bilingual list item or value (the second and later in the muted ink). */
function LanguageParagraph({ language, index, strongFirstLine }: { readonly language: LanguageLines; readonly index: number; readonly strongFirstLine: boolean }) {
  const styles = useDocumentStyles();
  return (
    <View style={index > 0 ? { marginTop: styles.listLine.fontSize * 0.15 } : {}} {...tag(inLanguage({ role: 'P' }, language.lang))}>
      {language.lines.map((line, lineIndex) => (
        <Text key={lineIndex} style={withLanguage([styles.listLine, ...(strongFirstLine && lineIndex === 0 ? [styles.strong] : []), ...(index > 0 ? [styles.secondLanguage] : [])], language.lang)}>
          {lineIn(line, language.lang)}
        </Text>
      ))}
    </View>
  );
}

function ListBody({ item, style, strongFirstLine, lang }: { readonly item: ListItem; readonly style: Style; readonly strongFirstLine: boolean } & InLanguage) {
  const styles = useDocumentStyles();
  if (isBilingual(item)) {
    return (
      <View style={style} {...tag({ role: 'LBody' })}>
        {item.languages.map((language, index) => (
          <LanguageParagraph key={index} language={language} index={index} strongFirstLine={strongFirstLine} />
        ))}
      </View>
    );
  }
  const lines = typeof item === 'string' ? linesOf(item) : Array.isArray(item) && item.every((line) => typeof line === 'string') ? (item as string[]) : null;
  if (lines === null) {
    return (
      <Text style={withLanguage(style, lang)} {...tag(inLanguage({ role: 'LBody' }, lang))}>
        {item as ReactNode}
      </Text>
    );
  }
  return (
    <View style={style} {...tag(inLanguage({ role: 'LBody' }, lang))}>
      {lines.map((line, index) => (
        <Text key={index} style={withLanguage(strongFirstLine && index === 0 ? [styles.listLine, styles.strong] : styles.listLine, lang)}>
          {lineIn(line, lang)}
        </Text>
      ))}
    </View>
  );
}

/**
 * About how many characters of text a node will print: strings and numbers, in elements' props
 * (children and data props alike, such as a section of the family's plan) and in plain objects.
 */
export function textLength(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value).length;
  if (depth > 12 || value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + textLength(item, depth + 1), 0);
  if (isValidElement<Record<string, unknown>>(value)) return textLength(value.props, depth + 1);
  return Object.values(value).reduce<number>((sum, item) => sum + textLength(item, depth + 1), 0);
}

/**
 * Whether a block is short enough to keep whole on one page: well under a page of text at this
 * print size. Keeping a longer block whole would make react-pdf cut it at the page's foot.
 */
export function useFitsWhole(): (content: unknown, shareOfPage?: number) => boolean {
  const styles = useDocumentStyles();
  return (content, shareOfPage = 0.4) => textLength(content) < styles.charactersPerPage * shareOfPage;
}

/** A block kept on one page when it is short enough, and allowed to run on when it is not. */
export function KeepWhole({ children }: { readonly children: ReactNode }) {
  const fitsWhole = useFitsWhole();
  return <View wrap={!fitsWhole(children)}>{children}</View>;
}


/**
 * A bulleted (or numbered) list: L > LI > Lbl + LBody. With `lang`, every item is in that language
 * (a right-to-left list has its bullets on the right).
 */
export function BulletList({ items, numbered = false, strongFirstLine = false, lang }: { readonly items: readonly ListItem[]; readonly numbered?: boolean; readonly strongFirstLine?: boolean } & InLanguage) {
  const styles = useDocumentStyles();
  const fitsWhole = useFitsWhole();
  const row = rowStyleFor(lang);
  return (
    <View style={styles.list} {...tag(inLanguage({ role: 'L' }, lang))}>
      {items.map((item, index) =>
        lang === undefined && isBilingual(item) && item.languages.some((language) => isRightToLeft(language.lang)) ? (
          <MixedDirectionItem key={index} item={item} label={numbered ? `${index + 1}.` : '•'} numbered={numbered} strongFirstLine={strongFirstLine} wrap={!fitsWhole(item, 0.15)} />
        ) : (
        // A short item stays on one page, so its bullet is never left alone at the foot of one.
        <View key={index} style={row ? [styles.listItem, row] : styles.listItem} wrap={!fitsWhole(item, 0.15)} {...tag({ role: 'LI' })}>
          <Text style={withLanguage(numbered ? styles.number : styles.bullet, lang)} {...tag({ role: 'Lbl' })}>
            {numbered ? `${index + 1}.` : '•'}
          </Text>
          <ListBody item={item} style={styles.listBody} strongFirstLine={strongFirstLine} lang={lang} />
        </View>
        ),
      )}
    </View>
  );
}

/**
 * A bilingual list item with a paragraph in a right-to-left language: each paragraph is a row of
 * its own that starts on its language's side, so the Arabic has its bullet (or number) on the
 * right, before its first word as it is read, and the English keeps the usual indent on the left.
 * The bullet is drawn once, at the start of the first paragraph; the others keep its room empty.
 * The paragraphs share one LBody (the tagger joins the nodes that share its `a11y`), so the
 * structure is the same as any item's: LI > Lbl + LBody > P per language.
 */
function MixedDirectionItem({ item, label, numbered, strongFirstLine, wrap }: { readonly item: Bilingual; readonly label: string; readonly numbered: boolean; readonly strongFirstLine: boolean; readonly wrap: boolean }) {
  const styles = useDocumentStyles();
  const labelStyle = numbered ? styles.number : styles.bullet;
  const body = tag({ role: 'LBody' });
  return (
    <View style={[styles.listItem, { flexDirection: 'column' }]} wrap={wrap} {...tag({ role: 'LI' })}>
      {item.languages.map((language, index) => (
        <View key={index} style={{ flexDirection: isRightToLeft(language.lang) ? 'row-reverse' : 'row' }}>
          {index === 0 ? (
            <Text style={withLanguage(labelStyle, language.lang)} {...tag({ role: 'Lbl' })}>
              {label}
            </Text>
          ) : (
            // The label's room, kept empty (`text()` styles are typed loosely: the width is set in styles.ts).
            <View style={{ width: (labelStyle as { readonly width?: number }).width ?? 0 }} />
          )}
          <View style={styles.listBody} {...body}>
            <LanguageParagraph language={language} index={index} strongFirstLine={strongFirstLine} />
          </View>
        </View>
      ))}
    </View>
  );
}

/**
 * Label and value pairs, such as "Chair: Priya Shah", as a list a screen reader reads in order.
 * With `lang`, labels and values are in that language (right to left: the label on the right).
 */
export function Facts({ facts, lang }: { readonly facts: readonly (readonly [string | readonly Said[], string | Bilingual])[] } & InLanguage) {
  const styles = useDocumentStyles();
  const row = rowStyleFor(lang);
  const labelStyle = row ? [styles.factLabel, { paddingRight: 0, paddingLeft: 8 }] : styles.factLabel;
  return (
    <View style={styles.list} {...tag(inLanguage({ role: 'L' }, lang))}>
      {facts.map(([label, value], index) => (
        <View key={typeof label === 'string' ? label : index} style={row ? [styles.fact, row] : styles.fact} {...tag({ role: 'LI' })}>
          {typeof label === 'string' ? (
            <Text style={withLanguage(labelStyle, lang)} {...tag({ role: 'Lbl' })}>
              {label}
            </Text>
          ) : (
            // A label in two languages: a Span each, with its own Lang.
            <View style={labelStyle} {...tag({ role: 'Lbl' })}>
              {label.map((said, saidIndex) => (
                <Text key={saidIndex} style={withLanguage([styles.listLine, styles.strong, ...(saidIndex > 0 ? [styles.secondLanguage] : [])], said.lang)} {...tag(inLanguage({ role: 'Span' }, said.lang))}>
                  {said.text}
                </Text>
              ))}
            </View>
          )}
          <ListBody item={value} style={styles.factValue} strongFirstLine={false} lang={lang} />
        </View>
      ))}
    </View>
  );
}

export interface TableColumn {
  /** One heading, or one per language. */
  readonly heading: string | readonly Said[];
  /** A share of the table's width. */
  readonly width: number;
}

/** A cell's text in two languages: a paragraph each, with its own Lang, the second in the muted ink. */
function InLanguages({ said, style }: { readonly said: readonly Said[]; readonly style: Style }) {
  const styles = useDocumentStyles();
  return (
    <>
      {said.map((one, index) => (
        <Text key={index} style={withLanguage(index > 0 ? [style, styles.secondLanguage] : style, one.lang)} {...tag(inLanguage({ role: 'P' }, one.lang))}>
          {lineIn(one.text, one.lang)}
        </Text>
      ))}
    </>
  );
}

/**
 * A table with one header row (TH, scope Column) and, when `rowHeaders` is set, a first cell in each
 * row that heads that row (TH, scope Row). Rows never split across pages, so keep cells short.
 */
export function Table({
  columns,
  rows,
  rowHeaders = false,
  lang,
}: {
  readonly columns: readonly TableColumn[];
  /** A cell is a text, or (bilingual) a paragraph per language. */
  readonly rows: readonly (readonly (string | readonly Said[])[])[];
  readonly rowHeaders?: boolean;
} & InLanguage) {
  const styles = useDocumentStyles();
  const fitsWhole = useFitsWhole();
  // Right to left, the first column is on the right.
  const row = rowStyleFor(lang);
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widthOf = (index: number) => `${((columns[index]?.width ?? 0) / total) * 100}%`;
  return (
    <View style={styles.table} {...tag(inLanguage({ role: 'Table' }, lang))}>
      <View {...tag({ role: 'THead' })}>
        <View style={row ? [styles.tableHeaderRow, row] : styles.tableHeaderRow} wrap={false} {...tag({ role: 'TR' })}>
          {columns.map((column, index) => (
            <View key={index} style={[styles.cell, { width: widthOf(index) }]} {...tag({ role: 'TH', scope: 'Column' })}>
              {typeof column.heading === 'string' ? <Text style={withLanguage(styles.headerCellText, lang)}>{column.heading}</Text> : <InLanguages said={column.heading} style={styles.headerCellText} />}
            </View>
          ))}
        </View>
      </View>
      <View {...tag({ role: 'TBody' })}>
        {rows.map((cells, rowIndex) => (
          <View key={rowIndex} style={row ? [styles.tableRow, row] : styles.tableRow} wrap={!fitsWhole(cells, 0.2)} {...tag({ role: 'TR' })}>
            {cells.map((cell, index) => {
              const isRowHeader = rowHeaders && index === 0;
              return (
                <View key={index} style={[styles.cell, { width: widthOf(index) }]} {...tag(isRowHeader ? { role: 'TH', scope: 'Row' } : { role: 'TD' })}>
                  {typeof cell === 'string' ? (
                    <Lines text={cell} style={isRowHeader ? styles.headerCellText : styles.cellText} lang={lang} />
                  ) : (
                    <InLanguages said={cell} style={isRowHeader ? styles.headerCellText : styles.cellText} />
                  )}
                </View>
              );
            })}
          </View>
        ))}
      </View>
    </View>
  );
}

/** A boxed note, such as a warning or a restriction marking; the box is decoration, the words are a paragraph. */
export function Callout({ children, tone = 'info', lang }: { readonly children: ReactNode; readonly tone?: 'info' | 'warning' | 'restricted' } & InLanguage) {
  const styles = useDocumentStyles();
  // Right to left, the coloured rule is on the right, where the lines start.
  const side = lang !== undefined && isRightToLeft(lang) ? { borderLeftWidth: 0, borderRightWidth: 4, borderRightColor: styles.calloutTones[tone].borderLeftColor } : null;
  return (
    <View style={side ? [styles.callout, styles.calloutTones[tone], side] : [styles.callout, styles.calloutTones[tone]]}>
      <P lang={lang}>{children}</P>
    </View>
  );
}

export interface ChartBar {
  readonly label: string;
  /** From 0 to `max`. */
  readonly value: number;
}

/**
 * A horizontal bar chart drawn as one Figure: its alternative text says everything the bars
 * show, so a screen reader loses nothing. Labels are drawn beside the bars, inside the figure.
 */
export function BarChart({ bars, max, alt }: { readonly bars: readonly ChartBar[]; readonly max: number; readonly alt: string }) {
  const styles = useDocumentStyles();
  const size = styles.paragraph.fontSize;
  const row = size * 1.9;
  const labelWidth = 170;
  const barWidth = 260;
  const width = labelWidth + barWidth + 40;
  const height = row * bars.length + size;
  const scale = barWidth / max;
  return (
    <Svg width={width} height={height} style={styles.figure} {...tag({ role: 'Figure', alt })}>
      {bars.map((bar, index) => (
        <G key={index}>
          <SvgText x={0} y={row * index + size * 1.2} style={{ fontFamily: FONT_STACK[0], fontSize: size }} fill="#1b1b1b">
            {bar.label}
          </SvgText>
          <Rect x={labelWidth} y={row * index + size * 0.25} width={Math.max(bar.value * scale, 1)} height={size * 1.2} fill="#1d4f91" />
          <SvgText x={labelWidth + bar.value * scale + 6} y={row * index + size * 1.2} style={{ fontFamily: FONT_STACK[0], fontSize: size }} fill="#1b1b1b">
            {String(bar.value)}
          </SvgText>
        </G>
      ))}
      <Line x1={labelWidth} y1={0} x2={labelWidth} y2={row * bars.length} stroke="#4a4a4a" strokeWidth={0.75} />
    </Svg>
  );
}
