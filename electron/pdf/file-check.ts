/**
 * Reads a finished PDF back with pdf.js, an independent reader, before it is called PDF/UA: every
 * page has a structure tree, and nothing is painted outside tagged content or an artifact. The
 * tagger checks while drawing; this checks the file that came out.
 */
// First, so it keeps the engine's own built-ins before pdf.js replaces them (see the module).
import { restoreNativeBuiltIns } from './native-built-ins';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

restoreNativeBuiltIns();

const OPS = pdfjs.OPS;
/** Operators that put marks on a page: text, paths, shadings and images. */
export const PAINTING_OPERATORS: ReadonlySet<number> = new Set([
  OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText,
  OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
  OPS.shadingFill, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintSolidColorImageMask,
]);

/** What is wrong with the file, in plain words; empty when it passes. */
export async function checkTaggedFile(bytes: Uint8Array): Promise<string[]> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const problems: string[] = [];
    const markInfo = (await document.getMarkInfo()) as { Marked?: boolean } | null;
    if (!markInfo?.Marked) problems.push('The file is not marked as tagged.');
    let untagged = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      if (!(await page.getStructTree())) problems.push(`Page ${number} has no structure tree.`);
      const operators = await page.getOperatorList();
      // Each mark must sit inside an artifact, or inside content with an MCID (tied to the tree).
      const open: { artifact: boolean; content: boolean }[] = [];
      operators.fnArray.forEach((fn, index) => {
        const args = operators.argsArray[index] as unknown[];
        if (fn === OPS.beginMarkedContent) open.push({ artifact: args[0] === 'Artifact', content: false });
        else if (fn === OPS.beginMarkedContentProps) open.push({ artifact: args[0] === 'Artifact', content: typeof args[1] === 'number' });
        else if (fn === OPS.endMarkedContent) open.pop();
        else if (PAINTING_OPERATORS.has(fn) && !open.some((m) => m.artifact || m.content)) untagged++;
      });
    }
    if (untagged > 0) problems.push(`${untagged} marks are painted outside tagged content or an artifact.`);
    return problems;
  } finally {
    await document.destroy();
    // pdf.js loads its worker half with the first document, which brings the polyfills again.
    restoreNativeBuiltIns();
  }
}
