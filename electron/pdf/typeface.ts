/**
 * The documents' typefaces, bundled with the app and embedded in every PDF: nothing is fetched.
 * Atkinson Hyperlegible (SIL Open Font License, fonts/OFL.txt) is designed for readers with low
 * vision and covers Latin scripts. DejaVu Sans (fonts/DejaVu-LICENSE.txt) draws what it cannot:
 * Greek, Cyrillic, Arabic, arrows and symbols, so a family's own words in their own script are
 * printed. A character neither has becomes U+FFFD, visibly, rather than vanishing into an
 * unembedded font.
 *
 * Text marked as in another language (`lang`) is set in that language's script's Noto font
 * (script-fonts.json, SIL OFL), which is loaded only by a document that uses it: English documents
 * load, shape and embed exactly what they did before. See docs/scripts-and-fonts.md.
 */
import { Font } from '@react-pdf/renderer';
import * as fontkit from 'fontkit';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageScript, type DocumentScript } from '../../shared/languages/scripts';
import { isDefaultIgnorable } from './default-ignorable';
import { fixFontkit } from './fontkit-fixes';
import scriptFontList from './script-fonts.json';

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

interface ScriptFont {
  readonly script: DocumentScript;
  readonly family: string;
  readonly package: string;
  readonly regular: string;
  readonly bold: string;
}
/** The fonts for scripts the main typeface lacks, one family per script. */
export const SCRIPT_FONTS: readonly ScriptFont[] = scriptFontList.fonts as ScriptFont[];

interface CoverageFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
let coverage: readonly CoverageFont[] = [];
/** Where each script font's regular face is, once registered; opened for coverage only when first asked. */
const scriptFontFiles = new Map<string, string>();
const scriptCoverage = new Map<string, CoverageFont>();

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
  registerScriptFonts(fontsDir);
  // Hyphenating would split words for readers who find long words hard already.
  Font.registerHyphenationCallback((word) => [word]);
  coverage = [faces[0], faces[4]].map((face) => fontkit.openSync(face!.src) as unknown as CoverageFont);
}

/**
 * A script font's file: beside the main fonts in the Electron build (copied there by
 * scripts/build-electron.mjs), else in its npm package (the source tree, tests, the web host).
 */
function scriptFontFile(fontsDir: string, font: ScriptFont, file: string): string {
  const beside = join(fontsDir, basename(file));
  if (existsSync(beside)) return beside;
  const packageDir = dirname(createRequire(import.meta.url).resolve(`${font.package}/package.json`));
  const inPackage = join(packageDir, file);
  if (!existsSync(inPackage)) throw new Error(`The documents’ font is missing: ${inPackage}`);
  return inPackage;
}

/** Registered by name only: react-pdf reads a file the first time a document's text uses its family. */
function registerScriptFonts(fontsDir: string): void {
  for (const font of SCRIPT_FONTS) {
    const regular = scriptFontFile(fontsDir, font, font.regular);
    const bold = scriptFontFile(fontsDir, font, font.bold);
    // No italics bundled (the documents hardly use them): upright stands in, as for the fallback.
    Font.register({
      family: font.family,
      fonts: [
        { src: regular, fontWeight: 400, fontStyle: 'normal' },
        { src: regular, fontWeight: 400, fontStyle: 'italic' },
        { src: bold, fontWeight: 700, fontStyle: 'normal' },
        { src: bold, fontWeight: 700, fontStyle: 'italic' },
      ],
    });
    scriptFontFiles.set(font.family, regular);
  }
  // Gurmukhi's font has NULL mark anchors, which fontkit cannot shape without this (fontkit-fixes.ts).
  fixFontkit(coverageFont(SCRIPT_FONTS.find((font) => font.script === 'Gurmukhi')!.family));
}

/** A script font opened for its coverage (and, once, for fontkit's NULL anchor fix). */
function coverageFont(family: string): CoverageFont {
  let font = scriptCoverage.get(family);
  if (font === undefined) {
    font = fontkit.openSync(scriptFontFiles.get(family)!) as unknown as CoverageFont;
    scriptCoverage.set(family, font);
  }
  return font;
}

/** The bundled font for a script, or undefined for Latin (the main typeface's own). */
const scriptFontOf = (script: DocumentScript): ScriptFont | undefined => SCRIPT_FONTS.find((font) => font.script === script);

/**
 * The font stack for text in a language: its script's font first, then the fallback (which also
 * draws the Latin names and numbers a sentence in any language holds, when the script's font has
 * none). English, any Latin-script language, no language and a language the documents do not
 * know all get the documents' own stack, unchanged.
 */
export function fontStackFor(lang?: string): string[] {
  const script = lang === undefined ? undefined : languageScript(lang)?.script;
  const font = script === undefined ? undefined : scriptFontOf(script);
  return font === undefined ? FONT_STACK : [font.family, FALLBACK_FAMILY];
}

/** The fonts that can draw text in a language, in the order react-pdf tries them. */
function coverageFor(lang: string | undefined): readonly CoverageFont[] {
  const [first] = fontStackFor(lang);
  if (first === FONT_FAMILY || first === undefined) return coverage;
  return [coverageFont(first), coverage[1]!];
}

/** Latin, which the main typeface covers, is passed through without a lookup. */
const LATIN_EXTENDED_END = 0x024f;
const REPLACEMENT = '\uFFFD';

/**
 * The text with every character that the fonts for its language (fontStackFor; the documents' own
 * stack without one) cannot draw replaced by U+FFFD. Text in another language is made drawable
 * with its `lang`, the one the component printing it is given.
 */
export function drawableText(text: string, lang?: string): string {
  if (coverage.length === 0) throw new Error('registerDocumentFonts() must be called first.');
  const fonts = coverageFor(lang);
  const latinPassesThrough = fonts === coverage;
  let result = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === '\n') result += character;
    // Tabs and other control characters have no glyph anywhere: a space keeps the words apart.
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) result += ' ';
    else result += (latinPassesThrough && codePoint <= LATIN_EXTENDED_END) || isDefaultIgnorable(codePoint) || fonts.some((font) => font.hasGlyphForCodePoint(codePoint)) ? character : REPLACEMENT;
  }
  return result;
}
