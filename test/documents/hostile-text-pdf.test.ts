import { beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { drawableText, registerDocumentFonts } from '../../electron/pdf/typeface';
import type { DocumentSource } from '../../shared/documents/source';
import { exampleDocumentSource } from '../support/example-document-source';
import { pdfText } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';

const HOSTILE = [
  '<script>alert("x")</script> & <b>bold</b> %PDF-1.7 ) ( \\ endobj',
  'Мария said: «Я хочу домой».',
  'Ahmed said: أريد أن أعود إلى البيت',
  'Ruby drew a heart 💖 and a star ⭐.',
  'Tab\tseparated\u0007bell and a right-to-left \u202Eoverride\u202C.',
  `A very long word: ${'a'.repeat(3_000)}`,
];

let source: DocumentSource;
const folder = makeTempDir();

beforeAll(async () => {
  registerDocumentFonts();
  const example = await exampleDocumentSource();
  const [first, ...rest] = example.capture.contributions;
  source = { ...example, capture: { ...example.capture, contributions: [...HOSTILE.map((text, index) => ({ ...first!, id: `${first!.id.slice(0, -2)}${String(index).padStart(2, '0')}`, text })), ...rest] } };
}, 60_000);

describe('hostile and unusual text in a document', () => {
  test('is printed as text, in its own script where a bundled font has it, and the file stays tagged', async () => {
    const made = documentFor({ kind: 'record', printSize: 'standard', recipientId: null }, source);
    const pdf = await renderTaggedPdf(made.element);
    expect(pdf.stats.problems).toEqual([]);
    const report = await expectAccessiblePdf(pdf.bytes, folder.path, made.fileName, made.title);
    const text = pdfText(report.file).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert("x")</script> & <b>bold</b> %PDF-1.7 ) ( \\ endobj');
    expect(text).toContain('Я хочу домой');
    expect(text).toContain('Ruby drew a heart');
  }, 60_000);

  test('a character no bundled font can draw shows as a replacement mark, not as nothing', () => {
    expect(drawableText('a 💖 b')).toBe('a \uFFFD b');
    expect(drawableText('Zoë Łukasz → ✓')).toBe('Zoë Łukasz → ✓');
    expect(drawableText('tab\there')).toBe('tab here');
  });
});
