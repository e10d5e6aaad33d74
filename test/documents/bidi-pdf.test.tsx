/** @jsxRuntime automatic @jsxImportSource react */
/**
 * English words inside a right-to-left copy (issue 16): a value set inside an Arabic sentence keeps
 * its own direction, invisible formatting characters are never drawn, and a bilingual list item's
 * Arabic paragraph has its bullet on the right. The bugs these guard: `«{text}» ({whose})` with an
 * English quote and name came out as `I called … safe.» (Name)»`; an English sentence's full stop
 * went to the far left of an Arabic line; the isolates meant to stop that were drawn as boxes and
 * never reached the bidi step (docs/scripts-and-fonts.md). An invented family throughout.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BulletList, DocumentFrame, P } from '../../electron/pdf/components';
import { renderTaggedPdf, type RenderedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { drawableText, registerDocumentFonts } from '../../electron/pdf/typeface';
import { createCatalogue } from '../../shared/i18n/catalogue';
import { isolated } from '../../shared/languages/bidi';
import { pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';

const folder = makeTempDir();
const TITLE = 'Amira’s plan, in Arabic with English words';

/** The Arabic pack's two messages this needs, as the real pack has them (no letters of their own in the first). */
const arabic = createCatalogue('ar', { 'plan.inFamilysWordsWhose': '«{text}» ({whose})', 'plan.childSaid': 'قال {name}: «{words}»' });

const QUOTE = arabic.format('plan.inFamilysWordsWhose', { text: 'We keep the door locked at night.', whose: 'Amira Khan' });
const CHILD_SAID = arabic.format('plan.childSaid', { name: 'Yusuf', words: 'I want to stay at my school.' });
/** As the letter prints the chair's reasons in an Arabic copy: an Arabic lead-in, then the chair's English. */
const REASONS = `أسباب رئيس المؤتمر: ${isolated('The review will be on Thursday 4 June 2026.')}`;
/** The conference's words left in English, on a line of their own in an Arabic paragraph. */
const LEFT_IN_ENGLISH = 'Tariq will ring the school every Monday.';
/** Every kind of invisible formatting character, as pasted text may hold them, in both directions. */
const FORMATTING = 'سارة\u200F تتصل بـ \u2066Leila Haddad\u2069\u200E كل يوم\u061C.';
const FORMATTING_EN = 'Leila\u200B rings \u2068سارة\u2069 at\u2060 noon\u200D.';

function BidiDocument() {
  return (
    <DocumentFrame title={TITLE} subject="Direction" runningHeader={TITLE} printSize={PRINT_SIZES.standard} madeOn={new Date('2026-12-05T09:00:00Z')}>
      <P lang="ar">{drawableText(QUOTE, 'ar')}</P>
      <P lang="ar">{drawableText(CHILD_SAID, 'ar')}</P>
      <P lang="ar">{drawableText(REASONS, 'ar')}</P>
      <P lang="ar">{drawableText(LEFT_IN_ENGLISH, 'ar')}</P>
      <P lang="ar">{drawableText(FORMATTING, 'ar')}</P>
      <P>{drawableText(FORMATTING_EN)}</P>
      <BulletList
        items={[
          {
            languages: [
              { lang: 'ar', lines: ['ستتصل ليلى بالمدرسة كل صباح.'] },
              { lang: 'en-GB', lines: ['Leila will ring the school every morning.'] },
            ],
          },
        ]}
      />
    </DocumentFrame>
  );
}

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
}

interface Line {
  readonly words: readonly Word[];
  /** Its words from left to right, as drawn. */
  readonly text: string;
}

const unescapeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each line poppler finds, with its words where they are drawn (an ActualText run is one word, in logical order). */
function drawnLines(file: string): Line[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((line) => {
    const words = [...line[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      text: unescapeXml(word[4]!),
    }));
    const inOrder = [...words].sort((a, b) => a.xMin - b.xMin);
    return { words: inOrder, text: inOrder.map((word) => word.text).join(' ') };
  });
}

/** The glyph ids drawn on every page (pdf.js: a CID font's character code is the subset's glyph id). */
async function drawnGlyphIds(bytes: Uint8Array): Promise<number[]> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const ids: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const operators = await (await document.getPage(number)).getOperatorList();
      operators.fnArray.forEach((fn, index) => {
        if (fn !== pdfjs.OPS.showText) return;
        for (const glyph of operators.argsArray[index]![0] as unknown[]) {
          if (typeof glyph === 'object' && glyph !== null) ids.push((glyph as { originalCharCode: number }).originalCharCode);
        }
      });
    }
    return ids;
  } finally {
    await document.destroy();
  }
}

let pdf: RenderedPdf;
let lines: Line[];
let file: string;

beforeAll(async () => {
  registerDocumentFonts();
  pdf = await renderTaggedPdf(<BidiDocument />);
  file = join(folder.path, 'bidi.pdf');
  writeFileSync(file, pdf.bytes);
  lines = drawnLines(file);
}, 120_000);

afterAll(() => folder.remove());

const lineWith = (word: string): Line => {
  const line = lines.find((candidate) => candidate.words.some((one) => one.text.includes(word)));
  if (!line) throw new Error(`No line holds ${word}: ${lines.map((one) => one.text).join(' | ')}`);
  return line;
};

describe('English words inside an Arabic copy', () => {
  test('the catalogue isolates each value of a right-to-left message, and nothing in English', () => {
    expect(QUOTE).toBe('«\u2068We keep the door locked at night.\u2069» (\u2068Amira Khan\u2069)');
    expect(createCatalogue('en-GB', {}).format('plan.inFamilysWordsWhose', { text: 'Hello.', whose: 'Amira' })).toBe('“Hello.” (Amira)');
  });

  test('an English quote and name keep their order, their guillemets and their brackets', () => {
    // Drawn from left to right, as an Arabic reader reads it from the right: the name last, in brackets.
    expect(lineWith('Khan').text).toBe('(Amira Khan) «We keep the door locked at night.»');
  });

  test('an English sentence keeps its full stop after its last word, inside an Arabic sentence or a line of its own', () => {
    // Poppler joins a run's last word with the Arabic drawn right after it (`2026.أسباب`): the text is enough.
    // The bug put the full stop at the line's far left, before the English's first word.
    expect(lineWith('school').text).toMatch(/^«I want to stay at my school\.» :Yusuf/u);
    expect(lineWith('June').text).toMatch(/^The review will be on Thursday 4 June 2026\./u);
    expect(lineWith('Monday').text).toBe('Tariq will ring the school every Monday.');
  });

  test('an Arabic sentence round an English name and quote reads in the right order: Arabic on the right', () => {
    const line = lineWith('Yusuf');
    const name = line.words.find((word) => word.text.includes('Yusuf'))!;
    const quote = line.words.find((word) => word.text.includes('school'))!;
    // قال Yusuf: «…»: قال first on the right, then the name, then the quote furthest left.
    expect(line.words.at(-1)!.text).toMatch(/قال/u);
    expect(name.xMin).toBeGreaterThan(quote.xMax);
  });

  test('invisible formatting characters are never drawn: no glyph 0, and the text reads without them', async () => {
    const ids = await drawnGlyphIds(pdf.bytes);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => id === 0)).toEqual([]);
    const text = pdfText(file);
    expect(text).not.toMatch(/[\uFFFD\u2066-\u2069\u200E\u200F\u061C]/u);
    expect(text).toContain('Leila Haddad');
    // The joiners and the zero-width space draw nothing and take no room: no space is read into the words.
    expect(text).toMatch(/Leila rings \S+ ?\S*at noon\./u);
  });

  test('an Arabic list item has its bullet on its right, the English paragraph its indent on the left', () => {
    const arabicLine = lines.find((line) => line.words.some((word) => word.text.includes('ليلى')))!;
    const bullet = arabicLine.words.find((word) => word.text === '•');
    expect(bullet, arabicLine.text).toBeDefined();
    const text = arabicLine.words.filter((word) => word !== bullet);
    expect(bullet!.xMin).toBeGreaterThan(Math.max(...text.map((word) => word.xMax)));
    const english = lineWith('morning');
    expect(english.words.some((word) => word.text === '•')).toBe(false);
    // The English keeps the usual indent after the bullet's room on the left (56 pt margin).
    expect(english.words[0]!.xMin).toBeGreaterThan(56 + 5);
    expect(english.words[0]!.xMin).toBeLessThan(56 + 25);
  });

  test('the item is still one list item: a label and one body with a paragraph per language', () => {
    expect(pdf.stats.problems).toEqual([]);
    const structure = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
    const item = structure.slice(structure.indexOf('LI'));
    expect(item.match(/^\s*(LI|Lbl|LBody|P)\b/gmu)?.map((role) => role.trim())).toEqual(['LI', 'Lbl', 'LBody', 'P', 'P']);
  });
});
