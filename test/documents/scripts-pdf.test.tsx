/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Issue 16, items 4 and 5: text in every script the family documents print, read back from a real
 * PDF by poppler and pdf.js. See docs/scripts-and-fonts.md for what poppler cannot read back.
 */
import * as fontkit from 'fontkit';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { BulletList, DocumentFrame, Facts, P, Section, Title } from '../../electron/pdf/components';
import { renderTaggedPdf, type RenderedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { drawableText, fontStackFor, registerDocumentFonts, SCRIPT_FONTS } from '../../electron/pdf/typeface';
import { languageScript } from '../../shared/languages/scripts';
import { pdfFonts, pdfText, visualWords } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import { SCRIPT_SAMPLES } from './script-samples';

const folder = makeTempDir();
const TITLE = 'Amira’s plan in every script';
let pdf: RenderedPdf;
let file: string;

/** Extracted text compared with its source: one canonical form, no bidi controls, one space between words. */
const comparable = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Poppler writes right-to-left text in the order it is drawn: each right-to-left run's characters
 * reversed, and a line's runs from left to right, with embedding marks around them. It does so
 * with an ActualText too, although the ActualText is already in logical order (docs/scripts-and-
 * fonts.md). So a right-to-left paragraph is compared word by word: every word poppler writes, its
 * right-to-left letters put back in logical order, is one of the source's, and none is missing.
 */
const isRightToLeftSample = (lang: string): boolean => languageScript(lang)?.direction === 'rtl';

/**
 * Words: runs of one script's letters and marks (with the zero-width non-joiner Farsi writes inside
 * words), or of digits. Poppler may write a Latin name and the Arabic word after it as one word.
 */
const wordsOf = (text: string): string[] => comparable(text).match(/[\p{Script=Arabic}\p{M}\u200C]+|\p{Script=Latin}+|\p{N}+/gu) ?? [];
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF]/u;

function ScriptsDocument() {
  return (
    <DocumentFrame title={TITLE} subject="Scripts" runningHeader={TITLE} printSize={PRINT_SIZES.standard} madeOn={new Date('2026-12-05T09:00:00Z')}>
      <Title>{TITLE}</Title>
      {SCRIPT_SAMPLES.map((sample) => (
        <Section key={sample.lang} title={sample.name}>
          <P lang={sample.lang}>{drawableText(sample.text, sample.lang)}</P>
        </Section>
      ))}
      <Section title="Lists">
        <BulletList lang="ar" numbered items={['ستذهب أميرة إلى المدرسة كل يوم.', 'ستتصل والدتها بـ Sarah Jones قبل 12 مارس.']} />
        <Facts lang="ur" facts={[['والدہ', 'Sarah Jones'], ['تاریخ', '12 مارچ 2027']]} />
      </Section>
    </DocumentFrame>
  );
}

interface LangNode {
  role?: string;
  lang?: string;
  children?: LangNode[];
}

/** Every structure element's role and Lang, in the tree's order, as pdf.js reads them. */
async function rolesAndLangs(bytes: Uint8Array): Promise<{ role: string; lang: string | undefined }[]> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const found: { role: string; lang: string | undefined }[] = [];
    const walk = (node: LangNode) => {
      if (node.role) found.push({ role: node.role, lang: node.lang });
      for (const child of node.children ?? []) walk(child);
    };
    for (let number = 1; number <= document.numPages; number++) walk(((await (await document.getPage(number)).getStructTree()) ?? {}) as LangNode);
    return found;
  } finally {
    await document.destroy();
  }
}

beforeAll(async () => {
  registerDocumentFonts();
  pdf = await renderTaggedPdf(<ScriptsDocument />);
  file = (await expectAccessiblePdf(pdf.bytes, folder.path, 'scripts.pdf', TITLE)).file;
}, 120_000);

describe('every script in a family document', () => {
  test('is tagged with nothing wrong, and every font is embedded with a Unicode map', () => {
    expect(pdf.stats.problems).toEqual([]);
    const fonts = pdfFonts(file).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    for (const family of ['NotoSans-Regular', 'NotoSansArabic-Regular', 'NotoSansBengali-Regular', 'NotoSansGurmukhi-Regular', 'NotoSansEthiopic-Regular']) {
      expect(fonts).toContain(family);
    }
  });

  test('each paragraph’s structure element carries its own Lang; the document’s is en-GB', async () => {
    const elements = await rolesAndLangs(pdf.bytes);
    const paragraphs = elements.filter((element) => element.role === 'P');
    expect(paragraphs.map((paragraph) => paragraph.lang)).toEqual(SCRIPT_SAMPLES.map((sample) => sample.lang));
    // Headings without a lang have none of their own: they are in the document's language.
    expect(elements.filter((element) => element.role === 'H2').every((heading) => heading.lang === undefined)).toBe(true);
    expect(elements.filter((element) => element.role === 'L').map((list) => list.lang)).toEqual(['ar', 'ur']);
  });

  test('poppler extracts each left-to-right paragraph (Bengali and Gurmukhi too) in logical order, equal to its source', () => {
    const text = comparable(pdfText(file));
    const leftToRight = SCRIPT_SAMPLES.filter((sample) => !isRightToLeftSample(sample.lang));
    expect(leftToRight.map((sample) => sample.lang)).toEqual(['en-GB', 'pl', 'ro', 'lt', 'pt', 'so', 'ru', 'uk', 'bn', 'pa', 'ti', 'am']);
    for (const sample of leftToRight) expect(text, sample.name).toContain(comparable(sample.text));
  });

  test('poppler extracts every word of each right-to-left paragraph, each letter right, names and numbers whole', () => {
    // Each paragraph is a Section of its own: its text is what poppler writes between its heading and the next.
    // Without the page furniture: the page numbers and each page's running header.
    const text = pdfText(file)
      .split('\n')
      .filter((line) => !/Page \d+ of \d+/.test(line) && line.trim() !== TITLE)
      .join('\n');
    const names = SCRIPT_SAMPLES.map((sample) => sample.name);
    for (const sample of SCRIPT_SAMPLES.filter((s) => isRightToLeftSample(s.lang))) {
      const start = text.indexOf(`\n${sample.name}\n`);
      const next = names[names.indexOf(sample.name) + 1] ?? 'Lists';
      const end = text.indexOf(`\n${next}\n`, start + 1);
      expect(start, sample.name).toBeGreaterThan(0);
      const extracted = wordsOf(text.slice(start + sample.name.length + 2, end)).map((word) => (RIGHT_TO_LEFT_LETTER.test(word) ? [...word].reverse().join('') : word));
      expect(extracted.sort(), sample.name).toEqual(wordsOf(sample.text).sort());
    }
  });

  test('the reading order of the left-to-right paragraphs equals poppler’s layout order', async () => {
    const leftToRight = SCRIPT_SAMPLES.filter((sample) => !isRightToLeftSample(sample.lang));
    const bytes = (
      await renderTaggedPdf(
        <DocumentFrame title={TITLE} subject="Scripts" runningHeader={TITLE} printSize={PRINT_SIZES.large} madeOn={new Date('2026-12-05T09:00:00Z')}>
          <Title>{TITLE}</Title>
          {leftToRight.map((sample) => (
            <Section key={sample.lang} title={sample.name} lang={sample.lang}>
              <P lang={sample.lang}>{sample.text}</P>
            </Section>
          ))}
        </DocumentFrame>,
      )
    ).bytes;
    const report = await expectAccessiblePdf(bytes, folder.path, 'left-to-right.pdf', TITLE);
    // pdf.js's structure words equal its words in drawing order (expectAccessiblePdf); poppler, which
    // reads each run's ActualText, reads the page in the source's order (pdf.js reads glyphs, not ActualText).
    expect(report.structureWords.length).toBeGreaterThan(0);
    const expected = [TITLE, ...leftToRight.flatMap((sample) => [sample.name, sample.text])].join(' ').normalize('NFC').split(/\s+/);
    expect(visualWords(report.file).join(' ').normalize('NFC').split(/\s+/)).toEqual(expected);
  }, 60_000);

  test('no character is drawn without a glyph: each sample is drawable as written, and shapes without glyph 0', () => {
    for (const sample of SCRIPT_SAMPLES) {
      expect(drawableText(sample.text, sample.lang), sample.name).toBe(sample.text);
      const family = fontStackFor(sample.lang)[0];
      const scriptFont = SCRIPT_FONTS.find((font) => font.family === family);
      if (!scriptFont) continue;
      const font = fontkit.openSync(require.resolve(`${scriptFont.package}/${scriptFont.regular}`)) as unknown as {
        hasGlyphForCodePoint(codePoint: number): boolean;
        layout(text: string): { glyphs: { id: number }[] };
      };
      // The script's own letters (what the font is first in the stack for) shape to real glyphs.
      const ownLetters = [...sample.text].filter((character) => font.hasGlyphForCodePoint(character.codePointAt(0)!)).join('');
      expect(font.layout(ownLetters).glyphs.filter((glyph) => glyph.id === 0), sample.name).toEqual([]);
    }
    // A character none of a language's fonts has is still marked, as in English.
    expect(drawableText('আমিরা 💖', 'bn')).toBe('আমিরা \uFFFD');
    expect(drawableText('ਅਮੀਰਾ ☃', 'pa')).toBe('ਅਮੀਰਾ ☃'); // DejaVu, the fallback, has the snowman
  });
});

describe('a copy whose main language is not English', () => {
  test('carries that language as the document’s Lang, each paragraph its own', async () => {
    const title = 'خطة أميرة';
    const bytes = (
      await renderTaggedPdf(
        <DocumentFrame title={title} subject="Plan" runningHeader={title} printSize={PRINT_SIZES.standard} madeOn={new Date('2026-12-05T09:00:00Z')} language="ar">
          <Title lang="ar">{title}</Title>
          <Section title="ما سيحدث" lang="ar">
            <P lang="ar">ستذهب أميرة إلى المدرسة كل يوم.</P>
            <P lang="en-GB">Amira will go to school every day.</P>
          </Section>
        </DocumentFrame>,
      )
    ).bytes;
    await expectAccessiblePdf(bytes, folder.path, 'arabic-copy.pdf', title, 'ar');
    const elements = await rolesAndLangs(bytes);
    expect(elements.filter((element) => element.role === 'P').map((paragraph) => paragraph.lang)).toEqual(['ar', 'en-GB']);
  }, 60_000);
});

describe('the language of a paragraph', () => {
  test('a malformed language tag is never written into the file: a problem for a text, an error for the document', async () => {
    const frame = (lang: string, language = 'en-GB') => (
      <DocumentFrame title="T" subject="S" runningHeader="T" printSize={PRINT_SIZES.standard} madeOn={new Date('2026-12-05T09:00:00Z')} language={language}>
        <Title>T</Title>
        <P lang={lang}>Amira</P>
      </DocumentFrame>
    );
    const hostile = 'en GB) /Lang (x';
    const drawn = await renderTaggedPdf(frame(hostile));
    expect(drawn.stats.problems).toEqual(['A text has a language that is not a BCP 47 language tag.']);
    expect(drawn.pdfUaIdentifier).toBe(false);
    expect((await rolesAndLangs(drawn.bytes)).filter((element) => element.lang !== undefined)).toEqual([]);
    await expect(renderTaggedPdf(frame('en', 'ar)>>'))).rejects.toThrow('A document’s language is not a BCP 47 language tag.');
  });

  test('sets its script and direction from a BCP 47 tag', () => {
    expect(languageScript('ar')).toEqual({ tag: 'ar', script: 'Arabic', direction: 'rtl' });
    expect(languageScript('ckb')?.direction).toBe('rtl');
    expect(languageScript('pa')).toEqual({ tag: 'pa', script: 'Gurmukhi', direction: 'ltr' });
    expect(languageScript('pa-arab')).toEqual({ tag: 'pa-Arab', script: 'Arabic', direction: 'rtl' });
    expect(languageScript('EN-gb')).toEqual({ tag: 'en-GB', script: 'Latin', direction: 'ltr' });
    expect(languageScript('uk')?.script).toBe('Cyrillic');
    expect(languageScript('ti')?.script).toBe('Ethiopic');
    expect(languageScript('xx')).toBeNull();
    expect(languageScript('not a tag!')).toBeNull();
    expect(fontStackFor(undefined)).toEqual(fontStackFor('pl'));
    expect(fontStackFor('xx')).toEqual(fontStackFor(undefined));
    expect(fontStackFor('fa')[0]).toBe('Noto Sans Arabic');
  });
});
