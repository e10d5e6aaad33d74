/** @jsxRuntime automatic @jsxImportSource react */
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { beforeAll, describe, expect, test } from 'vitest';
import { DocumentFrame, P, Title } from '../../electron/pdf/components';
import { checkTaggedFile } from '../../electron/pdf/file-check';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { FONT_FAMILY, registerDocumentFonts } from '../../electron/pdf/typeface';

beforeAll(() => registerDocumentFonts());

describe('reading a finished PDF back before calling it PDF/UA', () => {
  test('a tagged document passes, and the time to read it back is counted', async () => {
    const pdf = await renderTaggedPdf(
      <DocumentFrame title="Checked" subject="Checked" runningHeader="Checked" printSize={PRINT_SIZES.standard} madeOn={new Date('2026-11-23T12:00:00Z')}>
        <Title>Checked</Title>
        <P>Read back by pdf.js.</P>
      </DocumentFrame>,
    );
    expect(await checkTaggedFile(pdf.bytes)).toEqual([]);
    expect(pdf.pdfUaIdentifier).toBe(true);
    expect(pdf.timings.check).toBeGreaterThan(0);
  });

  test('react-pdf on its own writes an untagged file, and the check says so', async () => {
    const stock = await renderToBuffer(
      <Document title="Stock">
        <Page size="A4">
          <Text style={{ fontFamily: FONT_FAMILY }}>Drawn without tags.</Text>
        </Page>
      </Document>,
    );
    const problems = await checkTaggedFile(new Uint8Array(stock));
    expect(problems).toContain('The file is not marked as tagged.');
    expect(problems).toContain('Page 1 has no structure tree.');
    expect(problems.some((problem) => /marks are painted outside tagged content/.test(problem))).toBe(true);
  });
});
