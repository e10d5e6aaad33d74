/**
 * The documents' typefaces, bundled with the app and embedded in every PDF: nothing is fetched.
 * Atkinson Hyperlegible (SIL Open Font License, fonts/OFL.txt) is designed for readers with low
 * vision and covers Latin scripts. DejaVu Sans (fonts/DejaVu-LICENSE.txt) draws what it cannot:
 * Greek, Cyrillic, Arabic, arrows and symbols, so a family's own words in their own script are
 * printed. A character neither has becomes U+FFFD, visibly, rather than vanishing into an
 * unembedded font.
 */
import { Font } from '@react-pdf/renderer';
import * as fontkit from 'fontkit';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_FAMILY = 'Atkinson Hyperlegible';
export const FALLBACK_FAMILY = 'DejaVu Sans';
/** The font stack every text style uses. */
export const FONT_STACK: string[] = [FONT_FAMILY, FALLBACK_FAMILY];

const FACES = [
  { family: FONT_FAMILY, file: 'AtkinsonHyperlegible_400Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { family: FONT_FAMILY, file: 'AtkinsonHyperlegible_400Regular_Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { family: FONT_FAMILY, file: 'AtkinsonHyperlegible_700Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { family: FONT_FAMILY, file: 'AtkinsonHyperlegible_700Bold_Italic.ttf', fontWeight: 700, fontStyle: 'italic' },
  // The fallback has no italics bundled (the documents hardly use them): upright stands in.
  { family: FALLBACK_FAMILY, file: 'DejaVuSans.ttf', fontWeight: 400, fontStyle: 'normal' },
  { family: FALLBACK_FAMILY, file: 'DejaVuSans.ttf', fontWeight: 400, fontStyle: 'italic' },
  { family: FALLBACK_FAMILY, file: 'DejaVuSans-Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { family: FALLBACK_FAMILY, file: 'DejaVuSans-Bold.ttf', fontWeight: 700, fontStyle: 'italic' },
] as const;

interface CoverageFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
let coverage: readonly CoverageFont[] = [];

/** The main typeface's regular face, as pdfkit takes it: the same font react-pdf embeds for body text. */
export function regularFace(): unknown {
  const face = coverage[0];
  if (face === undefined) throw new Error('registerDocumentFonts() must be called first.');
  return face;
}

/**
 * The folder is beside this module in the source tree and beside the bundled document worker in
 * the Electron build; a caller may say where else.
 */
export function registerDocumentFonts(fontsDir = fileURLToPath(new URL('./fonts/', import.meta.url))): void {
  if (coverage.length > 0) return;
  const faces = FACES.map((face) => ({ ...face, src: join(fontsDir, face.file) }));
  const missing = faces.find((face) => !existsSync(face.src));
  if (missing) throw new Error(`The documents’ font is missing: ${missing.src}`);
  for (const family of [FONT_FAMILY, FALLBACK_FAMILY]) {
    Font.register({ family, fonts: faces.filter((face) => face.family === family).map(({ src, fontWeight, fontStyle }) => ({ src, fontWeight, fontStyle })) });
  }
  // Hyphenating would split words for readers who find long words hard already.
  Font.registerHyphenationCallback((word) => [word]);
  coverage = [faces[0], faces[4]].map((face) => fontkit.openSync(face!.src) as unknown as CoverageFont);
}

/** Latin, which the main typeface covers, is passed through without a lookup. */
const LATIN_EXTENDED_END = 0x024f;
const REPLACEMENT = '\uFFFD';

/** The text with every character that no bundled font can draw replaced by U+FFFD. */
export function drawableText(text: string): string {
  if (coverage.length === 0) throw new Error('registerDocumentFonts() must be called first.');
  let result = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === '\n') result += character;
    // Tabs and other control characters have no glyph anywhere: a space keeps the words apart.
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) result += ' ';
    else result += codePoint <= LATIN_EXTENDED_END || coverage.some((font) => font.hasGlyphForCodePoint(codePoint)) ? character : REPLACEMENT;
  }
  return result;
}
