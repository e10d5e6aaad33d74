import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, type ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LetterDocument, letterTitle } from '../../electron/pdf/documents/letter';
import { PlanDocument, planTitle } from '../../electron/pdf/documents/plan';
import { RECORD_SECTIONS, RecordDocument, recordTitle } from '../../electron/pdf/documents/record';
import { renderTaggedPdf, type RenderedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES, type PrintSize } from '../../electron/pdf/styles';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { spokenInRestrictedPart } from '../../shared/documents/family-safe';
import type { DocumentSource } from '../../shared/documents/source';
import { exampleDocumentSource } from '../support/example-document-source';
import { visualWords } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import { heldExampleSource, RESTRICTED_TEXTS } from './professional-example';

type DocumentComponent = (props: { source: DocumentSource; printSize: PrintSize }) => ReactElement;
const DOCUMENTS: readonly { kind: string; component: DocumentComponent; title: (source: DocumentSource) => string }[] = [
  { kind: 'record', component: RecordDocument, title: recordTitle },
  { kind: 'plan', component: PlanDocument, title: planTitle },
  { kind: 'letter', component: LetterDocument, title: letterTitle },
];

const folder = makeTempDir('confer-professional-documents-');
const sources: Record<'example' | 'held', DocumentSource> = {} as never;

beforeAll(async () => {
  registerDocumentFonts();
  sources.example = await exampleDocumentSource();
  sources.held = await heldExampleSource();
}, 60_000);
afterAll(() => folder.remove());

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

async function make(document: (typeof DOCUMENTS)[number], name: keyof typeof sources, size: keyof typeof PRINT_SIZES = 'standard'): Promise<{ file: string; rendered: RenderedPdf }> {
  const rendered = await renderTaggedPdf(createElement(document.component, { source: sources[name], printSize: PRINT_SIZES[size] }));
  const file = join(folder.path, `${name}-${document.kind}-${size}.pdf`);
  writeFileSync(file, rendered.bytes);
  return { file, rendered };
}

/** The structure tree as poppler reads it: each element's role with the text it holds. */
function structure(file: string): { role: string; text: string }[] {
  const elements: { role: string; text: string }[] = [];
  for (const line of poppler('pdfinfo', '-struct-text', file).split('\n')) {
    const text = /^\s*"(.*)"$/u.exec(line);
    if (text) {
      const last = elements[elements.length - 1];
      if (last) last.text += text[1];
    } else if (line.trim() !== '' && !line.trim().startsWith('/')) {
      // "P (block)", "TH:" followed by its attributes ("/Scope /Column") on the next line.
      elements.push({ role: (line.trim().split(' ')[0] ?? '').replace(/:$/u, ''), text: '' });
    }
  }
  return elements;
}

describe.each(['example', 'held'] as const)('the professional documents for the %s conference', (name) => {
  test.each(DOCUMENTS.map((d) => [d.kind, d] as const))('the %s is a tagged PDF/UA file with its title, embedded fonts and the children’s names', async (_kind, document) => {
    const { file, rendered } = await make(document, name);
    expect(rendered.stats.problems).toEqual([]);
    expect(rendered.pdfUaIdentifier).toBe(true);

    // Both readers: tagged, titled, fonts embedded, nothing untagged, reading order, bookmarks.
    const report = await expectAccessiblePdf(rendered.bytes, folder.path, `${name}-${document.kind}-checked.pdf`, document.title(sources[name]));
    // The letter's tags read in the order poppler reads its layout. (The record and plan have
    // table cells over several lines, which poppler reads line by line across the row.)
    if (document.kind === 'letter') expect(report.structureWords).toEqual(visualWords(report.file));

    const tree = structure(file);
    expect(tree.find((e) => /^H\d$/u.test(e.role))?.role).toBe('H1');
    const text = poppler('pdftotext', file, '-').replace(/\s+/gu, ' ');
    for (const child of sources[name].conference.children) {
      if (document.kind !== 'plan' || !child.isUnborn) expect(text).toContain(child.displayName);
    }
  }, 60_000);

  test('the record has its sections in the order of brief §4.4, and every restricted text is marked where it appears', async () => {
    const { file } = await make(DOCUMENTS[0]!, name);
    const tree = structure(file);
    expect(tree.filter((e) => e.role === 'H2').map((e) => e.text)).toEqual([...RECORD_SECTIONS]);

    const { capture } = sources[name];
    const restricted = [
      ...capture.contributions.filter((c) => c.restriction.level !== 'none' || spokenInRestrictedPart(c, capture.restrictedParts)).map((c) => c.text),
      ...capture.childVoices.filter((v) => v.restriction.level !== 'none').map((v) => v.words),
    ];
    for (const words of restricted) {
      const holders = tree.filter((e) => e.text.includes(words.split('\n')[0]!.trim()));
      expect(holders.length, words).toBeGreaterThan(0);
      for (const holder of holders) expect(holder.text, words).toMatch(/^Restricted — not for |^Restricted — said in a closed part/u);
    }
    for (const part of capture.restrictedParts) expect(tree.some((e) => e.text.startsWith('Restricted — not for the family') && e.text.includes(part.sharedSummary))).toBe(true);
  }, 60_000);
});

describe('the held example in detail', () => {
  test('the record names who restricted text is kept from, and says why', async () => {
    const tree = structure((await make(DOCUMENTS[0]!, 'held')).file);
    const holding = (words: string) => tree.find((e) => e.text.includes(words))?.text ?? '';
    expect(holding(RESTRICTED_TEXTS.investigation)).toMatch(/^Restricted — not for the family: a police investigation\./u);
    expect(holding(RESTRICTED_TEXTS.neighbour)).toMatch(/^Restricted — not for the family: information about someone else \(third party\)\./u);
    expect(holding(RESTRICTED_TEXTS.keptFromJordan)).toMatch(/^Restricted — not for Jordan Mills: sharing it would put someone at risk\./u);
    expect(holding(RESTRICTED_TEXTS.rubyKeptFromJordan)).toMatch(/^Restricted — not for Jordan Mills:/u);
    expect(holding(RESTRICTED_TEXTS.inClosedPart)).toMatch(/^Restricted — said in a closed part of the meeting/u);
    expect(tree.some((e) => e.text.includes('Jordan Mills was not present from 10:00 to 11:10.'))).toBe(true);
    expect(tree.some((e) => e.text.startsWith('Formal dissent: Ian Foster'))).toBe(true);
  }, 60_000);

  test('the plan and the letter hold none of the meeting’s restricted words', async () => {
    for (const document of DOCUMENTS.slice(1)) {
      const text = poppler('pdftotext', (await make(document, 'held')).file, '-').replace(/\s+/gu, ' ');
      for (const words of Object.values(RESTRICTED_TEXTS)) expect(text).not.toContain(words);
      expect(text).not.toContain('Restricted');
    }
  }, 60_000);

  test('the plan has each child’s outcomes and actions, the contingency plan and the core group', async () => {
    const tree = structure((await make(DOCUMENTS[1]!, 'held')).file);
    const h2 = tree.filter((e) => e.role === 'H2').map((e) => e.text);
    expect(h2).toEqual(['About this plan', 'What we are worried about, and the safety goals', 'The plan for Ruby Price', 'The plan for Leo Mills', 'Contingency plan', 'The family network', 'The core group']);
    expect(tree.filter((e) => e.role === 'TH').map((e) => e.text)).toContain('By when');
    expect(tree.some((e) => e.text.includes('Wed 1 Apr 2026'))).toBe(true);
  }, 60_000);

  test('the letter gives each child’s decision with its dates in words, the outline plan and how to challenge', async () => {
    const tree = structure((await make(DOCUMENTS[2]!, 'held')).file);
    expect(tree.filter((e) => e.role === 'H2').map((e) => e.text)).toEqual(['What the conference decided', 'The outline plan', 'What happens next', 'Who to contact', 'If you disagree']);
    expect(tree.some((e) => e.text === 'The decision will be made at the review on Thu 4 Jun 2026')).toBe(true);
    expect(tree.some((e) => e.text.includes('Emotional abuse (EMO)'))).toBe(true);
  }, 60_000);

  test('each document in large print is tagged without problems and runs to more pages', async () => {
    for (const document of DOCUMENTS) {
      const standard = await make(document, 'held');
      const large = await make(document, 'held', 'large');
      expect(large.rendered.stats.problems).toEqual([]);
      expect(large.rendered.pages).toBeGreaterThan(standard.rendered.pages);
    }
  }, 120_000);
});
