import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { pdfFonts, pdfInfo, pdfStructText, pdfText, readWithPdfJs, type PdfJsReport } from './pdf-checks';

/**
 * What every document must be, read back from the file by poppler and by pdf.js: tagged, titled,
 * in British English (or the copy's own main language, when given), fonts embedded with Unicode, nothing painted outside tagged content or an
 * artifact, bookmarks, and a structure tree whose reading order is the order of the page text.
 * Returns pdf.js's report for the document's own checks.
 */
export async function expectAccessiblePdf(bytes: Uint8Array, folder: string, fileName: string, title: string, language = 'en-GB'): Promise<PdfJsReport & { file: string }> {
  const file = join(folder, fileName);
  writeFileSync(file, bytes);

  const info = pdfInfo(file);
  expect(info.Tagged).toBe('yes');
  expect(info.Title).toBe(title);
  expect(info['PDF version']).toBe('1.7');
  expect(info['Page size']).toContain('(A4)');
  expect(info.Suspects).toBe('no');
  // The title, not the file name, is what a viewer shows (pdfkit writes the catalogue uncompressed).
  expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/DisplayDocTitle true/);
  const structure = pdfStructText(file);
  // The authority's letterhead, when there is one, comes first (a Div); then the body opens with its title.
  const lines = structure.split('\n').map((line) => line.trim());
  const body = lines[1]?.startsWith('Div') ? lines.findIndex((line, index) => index > 1 && line === 'Sect') : 1;
  expect([lines[0], lines[body], lines[body + 1]]).toEqual(['Document', 'Sect', 'H1 (block)']);
  // Page numbers are printed on every page, and are artifacts: never read out as content.
  const pages = Number(info.Pages);
  expect(pdfText(file)).toContain(`Page ${pages} of ${pages}`);
  expect(structure).not.toContain('Page 1 of');
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, unicode: true });

  const report = await readWithPdfJs(bytes);
  expect(report.marked).toBe(true);
  expect(report.title).toBe(title);
  expect(report.language).toBe(language);
  expect(report.pdfUaPart).toBe('1');
  expect(report.outline.length).toBeGreaterThan(0);
  expect(report.painting.untagged).toBe(0);
  expect(report.painting.tagged).toBeGreaterThan(0);
  expect(report.trees.length).toBe(report.pages);
  expect(report.structureWords).toEqual(report.contentWords);
  return { ...report, file };
}
