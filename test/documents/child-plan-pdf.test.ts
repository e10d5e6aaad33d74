import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { childPlanFor } from '../../shared/documents/child-plan';
import { IDS } from '../audience/family-source';
import { pdfStructText, pdfText, visualWords } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import { aConference, TEGAN } from './child-plan-source';

const folder = makeTempDir();
const source = aConference();
beforeAll(() => registerDocumentFonts());
afterAll(() => folder.remove());

/** Text as pdftotext and the structure tree give it: words joined by single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** How many characters are set at each type size (points), read back by pdf.js. */
async function typeSizes(bytes: Uint8Array): Promise<Map<number, number>> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const sizes = new Map<number, number>();
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items as { str?: string; transform?: number[] }[]) {
        if (!item.str?.trim() || !item.transform) continue;
        const size = Math.round(Math.hypot(item.transform[0]!, item.transform[1]!));
        sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
      }
    }
  } finally {
    await document.destroy();
  }
  return sizes;
}

describe('the child’s own copy as a PDF', () => {
  for (const printSize of ['standard', 'large'] as const) {
    test(`${printSize} print: tagged, readable in order, and made only of what the child may read`, async () => {
      const made = documentFor({ kind: 'child-plan', printSize, recipientId: IDS.tegan }, source);
      const pdf = await renderTaggedPdf(made.element);
      expect(pdf.stats.problems).toEqual([]);
      expect(pdf.pdfUaIdentifier).toBe(true);

      const { model } = childPlanFor(source, IDS.tegan);
      expect(made.title).toBe('Your plan, Tegan');
      const report = await expectAccessiblePdf(pdf.bytes, folder.path, made.fileName, model.title);
      // The tags read in the order the page is laid out, as poppler reads it from the layout.
      expect(report.structureWords).toEqual(visualWords(report.file));
      // Bookmarks for every section, in order.
      expect(report.outline.filter((entry) => !entry.startsWith(' '))).toEqual(model.sections.map((section) => section.heading));

      const text = flat(pdfText(report.file));
      const tree = flat(pdfStructText(report.file));
      for (const words of [...TEGAN.ownWords, ...TEGAN.sharedOnlyWithHer]) {
        expect(text).toContain(words);
        expect(tree).toContain(words);
      }
      for (const kept of TEGAN.keptFromHer) {
        expect(text, 'kept from her, in the page text').not.toContain(kept);
        expect(tree, 'kept from her, in the structure tree').not.toContain(kept);
      }
      expect(text).not.toContain('3 Elm Road');

      const sizes = await typeSizes(pdf.bytes);
      const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      if (printSize === 'large') {
        expect(body).toBeGreaterThanOrEqual(16);
        // Nothing on the page is smaller than 14 pt (the page numbers).
        expect(Math.min(...sizes.keys())).toBeGreaterThanOrEqual(14);
      } else {
        expect(body).toBe(11);
      }
    }, 120_000);
  }

  test('each child’s copy is named for them, and a copy for a baby not yet born is refused', () => {
    expect(documentFor({ kind: 'child-plan', printSize: 'large', recipientId: IDS.kai }, source).fileName).toBe('your-plan-kai-2026-03-19-large-print.pdf');
    expect(() => documentFor({ kind: 'child-plan', printSize: 'standard', recipientId: IDS.baby }, source)).toThrow('This child cannot have their own copy.');
  });
});
