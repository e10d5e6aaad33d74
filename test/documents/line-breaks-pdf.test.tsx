/** @jsxRuntime automatic @jsxImportSource react */
/**
 * A paragraph in another script wraps only between words, and each line draws its own words' letters.
 * The bug this guards: the Bengali draft notice wrapped as "জিজ্ঞাসা ক" / "রুন।" (fontkit-fixes.ts, fix 3).
 * Each run's ActualText is the line's text, which was right even then: the glyphs were not. So the
 * check reads the drawn glyphs' extent per line (poppler's bounding box of each line) and compares it
 * with the widths of the words the line says it holds, shaped on their own in the same font.
 */
import { View } from '@react-pdf/renderer';
import * as fontkit from 'fontkit';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DocumentFrame, P } from '../../electron/pdf/components';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { drawableText, registerDocumentFonts, SCRIPT_FONTS } from '../../electron/pdf/typeface';
import { languageScript } from '../../shared/languages/scripts';
import { makeTempDir } from '../support/temp-dir';

const require = createRequire(import.meta.url);
const folder = makeTempDir();
const SIZE = PRINT_SIZES.standard;

/**
 * Invented sentences long enough to wrap several times; the Bengali holds the draft notice's words
 * that broke (সমাজকর্মীকে: a reph over a vowel sign) and more words with a reph and conjuncts.
 */
const SAMPLES = [
  {
    lang: 'bn',
    text: 'এই অনুবাদ এখনও কোনো অনুবাদক পরীক্ষা করেননি। কিছু পরিষ্কার না হলে আপনার সমাজকর্মীকে জিজ্ঞাসা করুন। নাদিয়া প্রতি বুধবার স্কুলের পর তার দাদির সাথে সময় কাটাবে এবং মার্চ মাসের শেষে সবাই আবার দেখা করবে।',
  },
  {
    lang: 'pa',
    text: 'ਇਸ ਅਨੁਵਾਦ ਨੂੰ ਅਜੇ ਕਿਸੇ ਅਨੁਵਾਦਕ ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ। ਜੇ ਕੋਈ ਗੱਲ ਸਾਫ਼ ਨਾ ਹੋਵੇ ਤਾਂ ਆਪਣੇ ਸੋਸ਼ਲ ਵਰਕਰ ਨੂੰ ਪੁੱਛੋ। ਹਰਪ੍ਰੀਤ ਹਰ ਬੁੱਧਵਾਰ ਸਕੂਲ ਤੋਂ ਬਾਅਦ ਆਪਣੀ ਦਾਦੀ ਨਾਲ ਸਮਾਂ ਬਿਤਾਏਗੀ।',
  },
  {
    lang: 'ar',
    text: 'لم يراجع مترجم هذه الترجمة بعد. إذا كان شيء غير واضح، اسأل الأخصائي الاجتماعي المسؤول عنك. ستقضي ياسمين وقتا مع جدتها بعد المدرسة كل يوم أربعاء، وسيلتقي الجميع مرة أخرى في نهاية الشهر.',
  },
] as const;

/** Box widths (points) the paragraph is set in, one after another: many different places to break. */
const WIDTHS = Array.from({ length: 14 }, (_, index) => 90 + index * 20);
/** Where the boxes start: the page's left margin (styles.ts). */
const PAGE_MARGIN = 56;

interface Shaper {
  readonly unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): { positions: { xAdvance: number }[] };
}

const fontFor = (lang: string): Shaper => {
  const script = languageScript(lang)!.script;
  const font = SCRIPT_FONTS.find((candidate) => candidate.script === script)!;
  return fontkit.openSync(require.resolve(`${font.package}/${font.regular}`)) as unknown as Shaper;
};

/** Indic letters decomposed, the rest as written: as textkit passes text to fontkit. */
const asShaped = (text: string): string => text.replace(/[\p{Script=Bengali}\p{Script=Gurmukhi}]+/gu, (letters) => letters.normalize('NFD'));

/** A text's advance in points at the body size, shaped on its own as react-pdf shapes it (left to right, reversed later). */
const widthOf = (font: Shaper, text: string): number =>
  (font.layout(asShaped(text), undefined, undefined, undefined, 'ltr').positions.reduce((sum, position) => sum + position.xAdvance, 0) / font.unitsPerEm) * SIZE.body;

interface DrawnLine {
  /** Where its first glyph starts. */
  readonly start: number;
  readonly text: string;
}

const unescapeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Each line poppler finds, in reading order, with its text and where its glyphs start. Its
 * bounding-box output gives each run's ActualText as one word, in logical order (right to left too:
 * only its plain-text output reverses right-to-left runs, docs/scripts-and-fonts.md), over the
 * glyphs drawn for it: from where the first starts to where the last drawn ends, which for a letter
 * whose marks are drawn after it is not its right edge. So the paragraphs are right aligned, and a
 * line's drawn width is measured from its left edge to the box's right edge.
 */
function drawnLines(file: string): DrawnLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((match) => ({
    start: Number(match[1]),
    text: [...match[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => unescapeXml(word[1]!)).join(' '),
  }));
}

const wordsOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word.normalize('NFC'));

const rendered = new Map<string, DrawnLine[]>();

beforeAll(async () => {
  registerDocumentFonts();
  for (const sample of SAMPLES) {
    const bytes = (
      await renderTaggedPdf(
        <DocumentFrame title="Line breaks" subject="Line breaks" runningHeader="Line breaks" printSize={SIZE} madeOn={new Date('2026-12-05T09:00:00Z')}>
          {WIDTHS.map((width) => (
            <View key={width} style={{ width, marginBottom: 20, textAlign: 'right' }}>
              <P lang={sample.lang}>{drawableText(sample.text, sample.lang)}</P>
            </View>
          ))}
        </DocumentFrame>,
      )
    ).bytes;
    const file = join(folder.path, `${sample.lang}.pdf`);
    writeFileSync(file, bytes);
    rendered.set(sample.lang, drawnLines(file));
  }
}, 180_000);

afterAll(() => folder.remove());

describe.each(SAMPLES)('a paragraph in $lang set in a narrow box', (sample) => {
  const sourceWords = sample.text.normalize('NFC').split(' ');
  /**
   * The lines of each copy of the paragraph, one copy per width: the lines with the script's letters
   * (not the running header or page numbers), taken in turn until they hold as many words as the source.
   */
  const paragraphs = (): DrawnLine[][] => {
    const lines = (rendered.get(sample.lang) ?? []).filter((line) => !/^[\x20-\x7E]*$/.test(line.text));
    const found: DrawnLine[][] = [];
    let current: DrawnLine[] = [];
    let words = 0;
    for (const line of lines) {
      current.push(line);
      words += wordsOf(line.text).length;
      if (words >= sourceWords.length) {
        found.push(current);
        current = [];
        words = 0;
      }
    }
    if (current.length > 0) found.push(current);
    return found;
  };

  test('the sample is drawn by its script’s font alone, so its words’ widths can be measured', () => {
    const font = fontFor(sample.lang);
    expect([...sample.text].filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0)!))).toEqual([]);
  });

  test('wraps at every width, each line holding whole words of the source, in order', () => {
    const found = paragraphs();
    expect(found).toHaveLength(WIDTHS.length);
    for (const [index, lines] of found.entries()) {
      expect(lines.length, `width ${WIDTHS[index]}`).toBeGreaterThan(1);
      expect(lines.flatMap((line) => wordsOf(line.text)), `width ${WIDTHS[index]}`).toEqual(sourceWords);
    }
  });

  test('each line draws the letters of its own words: no letter of the next word, none of its own missing', () => {
    const font = fontFor(sample.lang);
    const space = widthOf(font, ' ');
    const rightToLeft = languageScript(sample.lang)?.direction === 'rtl';
    const found = paragraphs();
    expect(found).toHaveLength(WIDTHS.length);
    for (const [index, lines] of found.entries()) {
      const box = WIDTHS[index]!;
      for (const [number, line] of lines.entries()) {
        const drawn = PAGE_MARGIN + box - line.start;
        const words = wordsOf(line.text);
        const letters = words.reduce((sum, word) => sum + widthOf(font, word), 0);
        // Every line but the last ends with the space it was broken at.
        const trailing = number === lines.length - 1 ? 0 : space;
        const natural = letters + (words.length - 1) * space + trailing;
        // Right aligned, a left-to-right line's trailing space hangs past the box (textkit aligns
        // without it); a right-to-left line's is at its left end, inside.
        const expected = rightToLeft ? natural : natural - trailing;
        const where = `width ${box}, line ${number + 1} (${line.text}): drawn ${drawn.toFixed(2)}, its words ${expected.toFixed(2)}`;
        if (natural <= box) {
          // A line that fits is drawn at its words' width, to a twentieth of a point.
          expect(Math.abs(drawn - expected), where).toBeLessThan(0.05);
        } else {
          // A line over the box by its trailing space is shrunk to fit (textkit narrows spaces, then
          // letters by up to 11/256 of their width each side): never wider, never narrower than that.
          expect(drawn, where).toBeLessThanOrEqual(expected + 0.05);
          expect(drawn, where).toBeGreaterThanOrEqual(letters * (1 - 22 / 256) - 0.05);
        }
      }
    }
  });
});
