import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import type { AuthorityIdentity } from '../../shared/authority/identity';
import { checkLogo } from '../../shared/authority/logo-check';
import type { MakeDocument } from '../../shared/documents/request';
import type { DocumentSource } from '../../shared/documents/source';
import { IDS } from '../audience/family-source';
import { pdfStructText, pdfText, type StructureNode } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { A_SVG_LOGO, aPng, base64 } from '../support/logo-files';
import { makeTempDir } from '../support/temp-dir';
import { aConference } from './child-plan-source';

const folder = makeTempDir('confer-letterhead-');
beforeAll(() => registerDocumentFonts());
afterAll(() => folder.remove());

const flat = (text: string) => text.replace(/\s+/gu, ' ');

function identity(logo: 'png' | 'svg' | 'decorative' | 'none'): AuthorityIdentity {
  const file = logo === 'svg' ? new TextEncoder().encode(A_SVG_LOGO) : aPng(60, 30);
  const checked = checkLogo(file);
  if (!checked.ok) throw new Error(checked.message);
  return {
    name: 'Hartwell Borough Council',
    address: 'Children’s Services\nTown Hall, Hartwell HW1 4ZZ',
    phone: '01632 960 123',
    logo:
      logo === 'none'
        ? null
        : { format: checked.format, data: base64(Buffer.from(checked.bytes)), width: checked.width, height: checked.height, alt: logo === 'decorative' ? '' : 'Hartwell Borough Council crest', decorative: logo === 'decorative' },
  };
}

const DOCUMENTS: readonly Pick<MakeDocument, 'kind' | 'recipientId'>[] = [
  { kind: 'record', recipientId: null },
  { kind: 'plan', recipientId: null },
  { kind: 'letter', recipientId: null },
  { kind: 'family-plan', recipientId: IDS.amara },
  { kind: 'child-plan', recipientId: IDS.tegan },
];

function nodes(node: StructureNode | { text: string }): StructureNode[] {
  return 'role' in node ? [node, ...node.children.flatMap(nodes)] : [];
}

describe('every document carries the authority’s letterhead', () => {
  for (const request of DOCUMENTS) {
    test(`${request.kind}: the name, address and telephone first, and the logo a Figure with its alternative text`, async () => {
      const source: DocumentSource = { ...aConference(), authority: identity('png') };
      const made = documentFor({ ...request, printSize: 'standard' }, source);
      const pdf = await renderTaggedPdf(made.element);
      expect(pdf.stats.problems).toEqual([]);
      const report = await expectAccessiblePdf(pdf.bytes, folder.path, made.fileName, made.title);
      const text = flat(pdfText(report.file));
      for (const words of ['Hartwell Borough Council', 'Children’s Services', 'Town Hall, Hartwell HW1 4ZZ', 'Telephone: 01632 960 123']) expect(text).toContain(words);
      // Read first: the letterhead opens the structure tree, before the document's title.
      expect(report.structureWords.slice(0, 3)).toEqual(['Hartwell', 'Borough', 'Council']);
      const first = report.trees[0];
      const div = first ? nodes(first).find((node) => node.role === 'Div') : undefined;
      expect(div?.children.map((child) => ('role' in child ? child.role : 'content'))).toEqual(['Figure', 'P', 'P', 'P', 'P']);
      expect(div?.children[0]).toMatchObject({ role: 'Figure', alt: 'Hartwell Borough Council crest' });
      expect(flat(pdfStructText(report.file))).toContain('Div');
      // Only on the first page: later pages start with the document itself.
      for (const later of report.trees.slice(1)) expect(nodes(later).some((node) => node.role === 'Div' || node.role === 'Figure' && node.alt?.includes('crest'))).toBe(false);
    }, 60_000);
  }

  test('an SVG logo is drawn from its kept shapes, as a Figure with its alternative text', async () => {
    const made = documentFor({ kind: 'record', printSize: 'large', recipientId: null }, { ...aConference(), authority: identity('svg') });
    const pdf = await renderTaggedPdf(made.element);
    expect(pdf.stats.problems).toEqual([]);
    const report = await expectAccessiblePdf(pdf.bytes, folder.path, 'svg-logo.pdf', made.title);
    expect(JSON.stringify(report.trees[0])).toContain('"role":"Figure","alt":"Hartwell Borough Council crest"');
    // Nothing the file held beyond its shapes reaches the document.
    expect(Buffer.from(pdf.bytes).toString('latin1')).not.toContain('kept out');
  }, 60_000);

  test('a decorative logo is an artifact: drawn, never read out, and no Figure without words', async () => {
    const made = documentFor({ kind: 'letter', printSize: 'standard', recipientId: null }, { ...aConference(), authority: identity('decorative') });
    const pdf = await renderTaggedPdf(made.element);
    expect(pdf.stats.problems).toEqual([]);
    const report = await expectAccessiblePdf(pdf.bytes, folder.path, 'decorative-logo.pdf', made.title);
    const first = report.trees[0];
    expect(first && nodes(first).some((node) => node.role === 'Figure')).toBe(false);
    expect(report.painting.artifact).toBeGreaterThan(0);
    expect(report.structureWords.slice(0, 3)).toEqual(['Hartwell', 'Borough', 'Council']);
  }, 60_000);

  test('before an authority saves its identity, a document has no letterhead', async () => {
    const made = documentFor({ kind: 'record', printSize: 'standard', recipientId: null }, { ...aConference(), authority: null });
    const pdf = await renderTaggedPdf(made.element);
    const report = await expectAccessiblePdf(pdf.bytes, folder.path, 'no-letterhead.pdf', made.title);
    expect(flat(pdfText(report.file))).not.toContain('Hartwell');
    const first = report.trees[0];
    expect(first && nodes(first).some((node) => node.role === 'Div')).toBe(false);
  }, 60_000);
});
