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
import { pdfFonts, pdfText } from '../support/pdf-checks';
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
 * Poppler reads a paragraph back from the glyphs' Unicode map, in the order the glyphs are drawn.
 * Noto Sans Arabic draws letters as a shared dotless form plus dots, so a form is mapped to the
 * first letter that used it; and Bengali vowel signs drawn before their consonant are read first.
 * These paragraphs are checked for the words poppler can read back (names, numbers) and their Lang;
 * the limit is written down in docs/scripts-and-fonts.md rather than hidden here.
 */
const POPPLER_READS_BACK = (lang: string): boolean => {
  const script = languageScript(lang)?.script;
  return script !== 'Arabic' && script !== 'Bengali';
};

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

  test('poppler extracts each paragraph in logical order, equal to its source, where its Unicode map allows', () => {
    const text = comparable(pdfText(file).replace(/^.*Page \d+ of \d+.*$/gm, '').replace(new RegExp(`^\\s*${TITLE}\\s*$`, 'gm'), ''));
    const readBack = SCRIPT_SAMPLES.filter((sample) => POPPLER_READS_BACK(sample.lang));
    expect(readBack.map((sample) => sample.lang)).toEqual(['en-GB', 'pl', 'ro', 'lt', 'pt', 'so', 'ru', 'uk', 'pa', 'ti', 'am']);
    for (const sample of readBack) expect(text, sample.name).toContain(comparable(sample.text));
    // In right-to-left and Bengali paragraphs, the names and numbers inside are still read back whole.
    for (const sample of SCRIPT_SAMPLES.filter((s) => !POPPLER_READS_BACK(s.lang))) {
      expect(text, sample.name).toContain('Sarah Jones');
    }
  });

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

describe('the language of a paragraph', () => {
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
    expect(fontStackFor('fa')[0]).toBe('Noto Sans Arabic');
  });
});
