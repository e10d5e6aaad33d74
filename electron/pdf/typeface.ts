/**
 * The documents' typeface: Atkinson Hyperlegible (SIL Open Font License, fonts/OFL.txt), designed
 * for readers with low vision. Bundled with the app and embedded in every PDF: nothing is fetched.
 */
import { Font } from '@react-pdf/renderer';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONT_FAMILY = 'Atkinson Hyperlegible';

const FACES = [
  { file: 'AtkinsonHyperlegible_400Regular.ttf', fontWeight: 400, fontStyle: 'normal' },
  { file: 'AtkinsonHyperlegible_400Regular_Italic.ttf', fontWeight: 400, fontStyle: 'italic' },
  { file: 'AtkinsonHyperlegible_700Bold.ttf', fontWeight: 700, fontStyle: 'normal' },
  { file: 'AtkinsonHyperlegible_700Bold_Italic.ttf', fontWeight: 700, fontStyle: 'italic' },
] as const;

let registered = false;

/**
 * The folder is beside this module in the source tree; a bundled build (the Electron main
 * process, the document worker) passes where it copied the files.
 */
export function registerDocumentFonts(fontsDir = fileURLToPath(new URL('./fonts/', import.meta.url))): void {
  if (registered) return;
  const fonts = FACES.map((face) => ({ src: join(fontsDir, face.file), fontWeight: face.fontWeight, fontStyle: face.fontStyle }));
  const missing = fonts.find((font) => !existsSync(font.src));
  if (missing) throw new Error(`The documents’ font is missing: ${missing.src}`);
  Font.register({ family: FONT_FAMILY, fonts });
  // Hyphenating would split words for readers who find long words hard already.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
