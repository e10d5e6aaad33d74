/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Laying out a family document in one language or two (issue 16): each heading, paragraph, list
 * item and table cell is printed once per language, the first language first, and each carries
 * its own Lang. A copy in one language is laid out exactly as before, with no Lang of its own.
 */
import { View } from '@react-pdf/renderer';
import type { Bilingual, ListItem } from '../components';
import { linesOf, P, useDocumentStyles } from '../components';
import { once, type Copies, type Said } from '../said';

export const isBilingual = <X,>(copies: Copies<X>): boolean => copies.length > 1;

/** A heading or cell: a text in one language, or one per language. */
export function inLanguages(said: readonly Said[], bilingual: boolean): string | readonly Said[] {
  return bilingual ? said : (said[0]?.text ?? '');
}

/**
 * One paragraph per language, each with its Lang; a plain paragraph in a copy in one language.
 * The two of a pair sit close together, the second in the muted ink, so the reader sees which
 * belong together and which language comes first.
 */
export function Paragraphs({ said, bilingual }: { readonly said: readonly Said[]; readonly bilingual: boolean }) {
  const styles = useDocumentStyles();
  return (
    <>
      {said.map((one, index) => (
        <P key={index} {...(bilingual ? { lang: one.lang, style: pairStyle(styles, index, said.length) } : {})}>
          {one.text}
        </P>
      ))}
    </>
  );
}

function pairStyle(styles: ReturnType<typeof useDocumentStyles>, index: number, count: number) {
  return { ...(index < count - 1 ? { marginBottom: styles.paragraph.fontSize * 0.2 } : {}), ...(index > 0 ? styles.secondLanguage : {}) };
}

/**
 * A list item: in one language, its text (its lines kept) or its lines as given; bilingual, a
 * paragraph of lines per language. A line break never reaches a Text (see linesOf).
 */
export function listItem<X>(copies: Copies<X>, lines: (value: X) => string | readonly string[]): ListItem {
  if (!isBilingual(copies)) return lines(copies[0]?.value as X);
  const languages = once(
    copies.map(({ value, lang }) => {
      const item = lines(value);
      return { lang, lines: typeof item === 'string' ? linesOf(item) : item.flatMap(linesOf) };
    }),
    (language) => language.lines.join('\n'),
  );
  const item: Bilingual = { languages };
  return item;
}

/** A fact's value: its text, or a paragraph per language. */
export function factValue(said: readonly Said[], bilingual: boolean): string | Bilingual {
  // `said` has already printed words the same in both languages once.
  return bilingual ? { languages: said.map(({ text, lang }) => ({ lang, lines: [text] })) } : (said[0]?.text ?? '');
}

/** A boxed warning (as Callout), its words a paragraph per language. */
export function Note({ said, bilingual }: { readonly said: readonly Said[]; readonly bilingual: boolean }) {
  const styles = useDocumentStyles();
  return (
    <View style={[styles.callout, styles.calloutTones.warning]}>
      <Paragraphs said={said} bilingual={bilingual} />
    </View>
  );
}

/** The note on the first page of a copy made with a pack no translator has checked, in both languages. */
export function DraftNotice({ said }: { readonly said: readonly Said[] | null }) {
  const styles = useDocumentStyles();
  if (said === null) return null;
  return (
    <View style={[styles.callout, styles.calloutTones.warning]} wrap={false}>
      <Paragraphs said={said} bilingual />
    </View>
  );
}
