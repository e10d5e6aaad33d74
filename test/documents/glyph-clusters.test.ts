/**
 * The fixes to fontkit's shaping that the family documents' scripts need (fontkit-fixes.ts,
 * glyph-clusters.ts), on the real bundled fonts.
 */
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { unicodeOf } from '../../electron/pdf/fontkit-fixes';
import { partsOf } from '../../electron/pdf/glyph-clusters';
import { registerDocumentFonts, SCRIPT_FONTS } from '../../electron/pdf/typeface';

interface Shaped {
  glyphs: { id: number; codePoints: number[] }[];
  positions: { xAdvance: number }[];
}
type Font = { layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): Shaped };

const require = createRequire(import.meta.url);
const fontFor = (script: string): Font => {
  const font = SCRIPT_FONTS.find((candidate) => candidate.script === script)!;
  return fontkit.openSync(require.resolve(`${font.package}/${font.regular}`)) as unknown as Font;
};

beforeAll(() => registerDocumentFonts());

describe('a shaped run, as react-pdf lays it out', () => {
  test('each letter drawn as a base and marks (Arabic dots, hamza) is one glyph carrying its marks', () => {
    const arabic = fontFor('Arabic');
    // Zain and noon are a dotless base and a dot; yeh with hamza a base and a hamza.
    for (const word of ['زنگ', 'ئامیرە', 'ستذهب']) {
      const run = arabic.layout(word, undefined, undefined, undefined, 'ltr');
      // No glyph is left without a character (react-pdf would drop the letter before it at a line's start)…
      expect(run.glyphs.every((glyph) => glyph.codePoints.length > 0), word).toBe(true);
      // …or without an advance (react-pdf would draw it a letter away once the run is reversed).
      expect(run.positions.every((position) => position.xAdvance !== 0), word).toBe(true);
      expect(run.glyphs.reduce((sum, glyph) => sum + glyph.codePoints.length, 0), word).toBe([...word].length);
      expect(run.glyphs.some((glyph) => (partsOf(glyph)?.length ?? 0) > 0), word).toBe(true);
    }
  });

  test('Gurmukhi, whose font has NULL mark anchors, shapes instead of throwing', () => {
    const gurmukhi = fontFor('Gurmukhi');
    for (const word of ['ਰੋਜ਼', 'ਸਕੂਲ', 'ਕਰੇਗੀ।']) expect(gurmukhi.layout(word).glyphs.length, word).toBeGreaterThan(0);
  });

  test('a run’s glyphs carry every character of its text, each glyph the ones shaping gave it', () => {
    const bengali = fontFor('Bengali');
    // ী then its reph glyph: fontkit's glyph cache gave them ী and ী, losing র্ (fontkit-fixes.ts, fix 3).
    bengali.layout('কী', undefined, undefined, undefined, 'ltr');
    for (const word of ['সমাজকর্মীকে', 'মার্চ', 'পরিষ্কার', 'জিজ্ঞাসা']) {
      const text = word.normalize('NFD');
      const run = bengali.layout(text, undefined, undefined, undefined, 'ltr');
      expect(run.glyphs.reduce((sum, glyph) => sum + glyph.codePoints.length, 0), word).toBe(text.length);
      expect(run.glyphs.flatMap((glyph) => glyph.codePoints).sort(), word).toEqual([...text].map((character) => character.codePointAt(0)!).sort());
    }
    // The file's Unicode map keeps the glyph's own letter: the ী glyph standing for the reph still reads ী.
    const run = bengali.layout('সমাজকর্মীকে'.normalize('NFD'), undefined, undefined, undefined, 'ltr');
    const standsForReph = run.glyphs.find((glyph) => glyph.codePoints.includes(0x09b0) && glyph.codePoints.includes(0x09cd) && !glyph.codePoints.includes(0x09ae));
    expect(standsForReph).toBeDefined();
    expect(unicodeOf(standsForReph!)).toEqual([0x09c0]);
  });

  test('Latin text is shaped exactly as fontkit shapes it', () => {
    const latin = fontFor('Cyrillic'); // Noto Sans, which has Latin too
    const run = latin.layout('Amira will go to school.');
    expect(run.glyphs.every((glyph) => partsOf(glyph) === undefined)).toBe(true);
    expect(run.glyphs).toHaveLength('Amira will go to school.'.length);
  });
});
