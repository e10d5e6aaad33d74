import { beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { drawableText, registerDocumentFonts } from '../../electron/pdf/typeface';
import { xmpDescriptions } from '../../electron/pdf/xmp';
import type { DocumentSource } from '../../shared/documents/source';
import { familyPlanRecipients } from '../../shared/documents/family-plan';
import { exampleDocumentSource } from '../support/example-document-source';
import { pdfText, xmpPacket } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import { elementsNamed, parseXml, textOf, NotWellFormedXml } from '../support/xml';

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

/**
 * A child's name as hostile as text gets: markup that would close the title's element and open
 * another, the characters XML escapes, the end of a CDATA section, a control character, an emoji,
 * right-to-left text and a bidirectional override. The documents are made from the source directly,
 * past the forms' own checks, so the metadata cannot rely on them.
 */
const HOSTILE_NAME = `Ruby</rdf:li><rdf:li xml:lang="x-default">Forged & <b>"quoted" 'single' ]]> bell\u0007 💖 مريم \u202Eevil\u202C`;

/** Every string in the value with one name replaced: the child appears under the hostile name everywhere. */
function renamed<T>(value: T, from: string, to: string): T {
  if (typeof value === 'string') return value.replaceAll(from, to) as T;
  if (Array.isArray(value)) return value.map((inner: unknown) => renamed(inner, from, to)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renamed(inner, from, to)])) as T;
  return value;
}

describe('the XMP metadata of every document', () => {
  test('issue 14 item 6: every document’s XMP is well-formed with a hostile name', async () => {
    const hostile = renamed(source, 'Ruby', HOSTILE_NAME);
    const [recipient] = familyPlanRecipients(hostile);
    const requests = [
      { kind: 'record', printSize: 'standard', recipientId: null },
      { kind: 'plan', printSize: 'standard', recipientId: null },
      { kind: 'letter', printSize: 'standard', recipientId: null },
      { kind: 'family-plan', printSize: 'standard', recipientId: recipient!.id },
    ] as const;
    // The name as a document can print it: the bell becomes a space, the emoji a replacement mark.
    const printedName = drawableText(HOSTILE_NAME);
    expect(printedName).toContain('</rdf:li><rdf:li xml:lang="x-default">Forged & <b>"quoted" \'single\' ]]>');
    expect(printedName).toContain('مريم');

    for (const request of requests) {
      const made = documentFor(request, hostile);
      expect(made.title, request.kind).toContain(printedName);
      const pdf = await renderTaggedPdf(made.element);

      const packet = xmpPacket(pdf.bytes);
      const root = parseXml(packet);
      const titles = elementsNamed(root, 'dc:title').flatMap((title) => elementsNamed(title, 'rdf:li'));
      expect(titles.map(textOf), request.kind).toEqual([made.title]);
      expect(elementsNamed(root, 'rdf:li').map(textOf), request.kind).toHaveLength(3); // title, creator, subject
      expect(elementsNamed(root, 'dc:creator').map(textOf).map((text) => text.trim()), request.kind).toEqual(['Confer']);
      expect(elementsNamed(root, 'pdfuaid:part').map(textOf), request.kind).toEqual(pdf.pdfUaIdentifier ? ['1'] : []);
    }
  }, 120_000);

  test('a character XML cannot hold at all reaches the metadata as a replacement mark', () => {
    const descriptions = xmpDescriptions({ title: 'Ruby\u0007 \uD800 \uFFFF ]]> & <', author: 'Confer', subject: '"quoted"', creatorTool: 'Confer', producer: 'Confer', created: new Date('2026-11-23T12:00:00Z') });
    const root = parseXml(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${descriptions}</rdf:RDF></x:xmpmeta>`);
    expect(elementsNamed(root, 'rdf:li').map(textOf)).toEqual(['Ruby\uFFFD \uFFFD \uFFFD ]]> & <', 'Confer', '"quoted"']);
    expect(elementsNamed(root, 'xmp:CreateDate').map(textOf)).toEqual(['2026-11-23T12:00:00Z']);
  });

  test('the strict XML reader refuses what a hostile name would have made of the packet', () => {
    const packet = (title: string) => `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:RDF></x:xmpmeta>`;
    expect(textOf(parseXml(packet('Ruby &amp; &lt;b&gt; ]]&gt; &#x1F496;')))).toBe('Ruby & <b> ]]> 💖');
    for (const broken of ['Ruby</rdf:li>', 'Ruby & Leo', 'Ruby <b>', 'Ruby ]]> Leo', 'Ruby \u0007', 'Ruby \uD800', 'Ruby &#1;', 'Ruby &nbsp;', 'Ruby <y:b/>', 'Ruby</rdf:RDF>']) {
      expect(() => parseXml(packet(broken)), JSON.stringify(broken)).toThrow(NotWellFormedXml);
    }
  });
});
