/** @jsxRuntime automatic @jsxImportSource react */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BarChart, BulletList, DocumentFrame, Facts, P, Section, Table, Title } from '../../electron/pdf/components';
import { assertEveryNodeTagged, renderTaggedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { aPng } from '../support/logo-files';
import { readWithPdfJs, rolesOf } from '../support/pdf-checks';

/**
 * The tagging reaches into react-pdf's internals (see electron/pdf/render.ts). These tests fail
 * loudly when an upgrade moves them: the versions are pinned, the patch matches the installed
 * package, and a fixed document keeps exactly the structure tree it has today.
 */
const root = join(import.meta.dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
const installedVersion = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const TAGGING_PACKAGES = ['@react-pdf/renderer', '@react-pdf/layout', '@react-pdf/render', 'pdfkit'];

beforeAll(() => registerDocumentFonts());

/** The authority's letterhead, with a PNG logo: an image is tagged through react-pdf's internals too. */
const LETTERHEAD = {
  name: 'Hartwell Borough Council',
  address: 'Town Hall, Hartwell',
  phone: '01632 960 123',
  logo: { format: 'png', data: aPng(20, 10).toString('base64'), width: 20, height: 10, alt: 'Hartwell crest', decorative: false },
} as const;

describe('the react-pdf internals the tagging depends on', () => {
  test('are pinned to exact versions, and those are the versions installed', () => {
    for (const name of TAGGING_PACKAGES) {
      expect(packageJson.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installedVersion(name), name).toBe(packageJson.dependencies[name]);
    }
  });

  test('the render hook and pagination patches are for the installed packages and are applied at install', () => {
    const patches = readdirSync(join(root, 'patches')).sort();
    expect(patches).toEqual([`@react-pdf+layout+${installedVersion('@react-pdf/layout')}.patch`, `@react-pdf+render+${installedVersion('@react-pdf/render')}.patch`]);
    const laidOut = readFileSync(join(root, 'node_modules', '@react-pdf', 'layout', 'lib', 'index.js'), 'utf8');
    expect(laidOut).toContain('const nextPage = relayoutNearTop(');
    expect(packageJson.scripts.postinstall).toBe('patch-package --error-on-fail');
    const rendered = readFileSync(join(root, 'node_modules', '@react-pdf', 'render', 'lib', 'index.js'), 'utf8');
    expect(rendered).toContain('options.hooks?.beginNode?.(ctx, node);');
    expect(rendered).toContain('options.hooks?.endNode?.(ctx, node);');
  });

  test('a tagger that missed nodes is an error, not a quietly untagged file', () => {
    const layout = { type: 'DOCUMENT', children: [{ type: 'PAGE', children: [{ type: 'VIEW', children: [{ type: 'TEXT' }] }] }] };
    expect(() => assertEveryNodeTagged({ nodes: 3 }, layout)).not.toThrow();
    expect(() => assertEveryNodeTagged({ nodes: 1 }, layout)).toThrow('drawing internals have changed');
  });

  test('a fixed document keeps its structure tree exactly', async () => {
    const pdf = await renderTaggedPdf(
      <DocumentFrame title="Guard" subject="Upgrade guard" runningHeader="Guard" printSize={PRINT_SIZES.standard} madeOn={new Date('2026-11-23T12:00:00Z')} letterhead={LETTERHEAD}>
        <Title>Guard</Title>
        <P>{'One paragraph.\nAnd a second.'}</P>
        <Section title="A list">
          <BulletList items={['First', ['Second', 'with a second line']]} />
          <Section title="Facts" level={3}>
            <Facts facts={[['Chair', 'Priya Anand']]} />
          </Section>
        </Section>
        <Section title="A table">
          <Table columns={[{ heading: 'When', width: 1 }, { heading: 'What', width: 2 }]} rows={[['4 June 2026', 'Review conference']]} rowHeaders />
          <BarChart bars={[{ label: 'Tom', value: 3 }]} max={10} alt="Safety scale: Tom 3 out of 10." />
        </Section>
      </DocumentFrame>,
    );
    expect(pdf.pdfUaIdentifier).toBe(true);
    const report = await readWithPdfJs(pdf.bytes);
    expect(report.trees.flatMap(rolesOf)).toEqual([
      'Root', 'Document', 'Div', 'Figure', 'P', 'P', 'P', 'Sect', 'H1', 'P', 'P',
      'Sect', 'H2', 'L', 'LI', 'Lbl', 'LBody', 'LI', 'Lbl', 'LBody',
      'Sect', 'H3', 'L', 'LI', 'Lbl', 'LBody',
      'Sect', 'H2', 'Table', 'THead', 'TR', 'TH', 'TH', 'TBody', 'TR', 'TH', 'TD', 'Figure',
    ]);
    const figure = JSON.stringify(report.trees);
    expect(figure).toContain('"alt":"Safety scale: Tom 3 out of 10."');
    expect(figure).toContain('"role":"Figure","alt":"Hartwell crest"');
    expect(report.structureWords.join(' ')).toBe(
      'Hartwell Borough Council Town Hall, Hartwell Telephone: 01632 960 123 Guard One paragraph. And a second. A list • First • Second with a second line Facts Chair Priya Anand A table When What 4 June 2026 Review conference Tom 3',
    );
    expect(report.outline).toEqual(['A list', '  Facts', 'A table']);
    // 52 nodes: the footer's page number is drawn into its box (page-numbers.ts), not laid out as a text.
    // The letterhead adds 6 nodes (its box, the logo, the box of its words and their 3 lines), 5
    // elements (Div, Figure, 3 P), 4 pieces of content and 1 artifact (the rule under it).
    expect(pdf.stats).toEqual({ nodes: 52, structureElements: 37, taggedContent: 22, artifacts: 6, links: 0, problems: [] });
  });
});
