/**
 * Bilingual family documents (issue 16): the family's plan and the child's own copy made in
 * English and a pack's language, read back from the file by poppler (pdftotext) and pdf.js, and
 * compared with the English source and the pack: both present, paragraph by paragraph, in the
 * chosen order, each paragraph with its own Lang and the document's Lang the language put first.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { childPlanFor, childPlanRecipients, childPlanText } from '../../shared/documents/child-plan';
import { childPlanWords } from '../../shared/documents/child-plan-words';
import { familyPlanFor, familyPlanRecipients, familyPlanText } from '../../shared/documents/family-plan';
import { familyPlanWords } from '../../shared/documents/family-plan-words';
import type { DocumentSource } from '../../shared/documents/source';
import { createCatalogue, ENGLISH } from '../../shared/i18n/catalogue';
import type { BilingualOrder } from '../../shared/i18n/choice';
import { shippedPack } from '../../shared/i18n/shipped-packs';
import { exampleDocumentSource } from '../support/example-document-source';
import { flat, pdfInfo, pdfStructText, pdfText, positions, readWithPdfJs } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';

let source: DocumentSource;
const folder = makeTempDir('confer-bilingual-');
beforeAll(async () => {
  registerDocumentFonts();
  source = await exampleDocumentSource();
});
afterAll(() => folder.remove());

const identity = (copy: DocumentSource) => copy;

async function made(kind: 'family-plan' | 'child-plan', recipientId: string, locale: string, order: BilingualOrder) {
  const pack = shippedPack(locale);
  if (pack === null) throw new Error(`no shipped pack for ${locale}`);
  const document = documentFor({ kind, printSize: 'standard', recipientId, language: { pack, order } }, source);
  const pdf = await renderTaggedPdf(document.element);
  const file = `${folder.path}/${document.fileName}-${order}`;
  writeFileSync(file, pdf.bytes);
  return { document, pdf, file, text: flat(pdfText(file)), report: await readWithPdfJs(pdf.bytes) };
}

describe('a bilingual family’s plan in Polish (draft pack)', () => {
  test('the language first: each Polish heading and sentence comes before its English one, and both are there', async () => {
    const recipientId = familyPlanRecipients(source)[0]!.id;
    const { file, text, report, document, pdf } = await made('family-plan', recipientId, 'pl', 'theirs-first');
    const catalogue = createCatalogue('pl', shippedPack('pl')!.messages);
    const { model, translated } = familyPlanFor(source, recipientId, {}, { words: familyPlanWords(catalogue), ownWords: identity });
    expect(translated).not.toBeNull();
    const english = familyPlanText(model);
    const polish = familyPlanText(translated!);
    expect(polish.length).toBe(english.length);

    // Every heading of the plan, in both languages, in the order printed: Polish, then English.
    const headings = model.sections.flatMap((section, index) => [translated!.sections[index]!.heading, section.heading]);
    const found = positions(text, [translated!.title, model.title, ...headings]);
    expect(found.every((at) => at >= 0), JSON.stringify(found)).toBe(true);
    // Fixed sentences from the pack and from the English source, each pair in order.
    for (const [pl, en] of [
      [translated!.introduction[2]!, model.introduction[2]!],
      [translated!.madeFor, model.madeFor],
    ] as const) {
      expect(pl).not.toBe(en);
      const [a, b] = positions(text, [pl, en]);
      expect(a, pl).toBeGreaterThanOrEqual(0);
      expect(b, en).toBeGreaterThan(a!);
    }
    // The draft note in both languages on the first page, and "Page 1 of N" in both.
    const firstPage = flat(pdfText(file).split('\f')[0] ?? '');
    expect(firstPage).toContain(catalogue.format('frame.draftNotice'));
    expect(firstPage).toContain(ENGLISH.format('frame.draftNotice'));
    expect(text).toContain(`Strona 1 z ${pdf.pages} · Page 1 of ${pdf.pages}`);

    // The document's language is the one put first; each paragraph carries its own.
    expect(report.language).toBe('pl');
    expect(document.language).toBe('pl');
    const bytes = Buffer.from(pdf.bytes).toString('latin1');
    expect(bytes.match(/\/Lang \(pl\)/gu)?.length ?? 0).toBeGreaterThan(20);
    expect(bytes.match(/\/Lang \(en-GB\)/gu)?.length ?? 0).toBeGreaterThan(20);
    // As every document: tagged, nothing painted outside tags, the tree read in the order drawn.
    expect(pdfInfo(file).Tagged).toBe('yes');
    expect(report.painting.untagged).toBe(0);
    expect(report.structureWords).toEqual(report.contentWords);
    expect(pdf.pdfUaIdentifier).toBe(true);
    // The page numbers are artifacts, in either language.
    expect(pdfStructText(file)).not.toContain('Strona 1 z');
  }, 120_000);

  test('English first: the English heading comes before the Polish one, and the document’s Lang is English', async () => {
    const recipientId = familyPlanRecipients(source)[0]!.id;
    const { text, report } = await made('family-plan', recipientId, 'pl', 'english-first');
    const [english, polish] = positions(text, ['What is going well', 'Co idzie dobrze']);
    expect(english).toBeGreaterThanOrEqual(0);
    expect(polish).toBeGreaterThan(english!);
    expect(report.language).toBe('en-GB');
  }, 120_000);
});

describe('a bilingual child’s own copy in Polish', () => {
  test('holds the pack’s words and the English source, the language first', async () => {
    const child = childPlanRecipients(source)[0]!;
    const { text, report } = await made('child-plan', child.id, 'pl', 'theirs-first');
    const catalogue = createCatalogue('pl', shippedPack('pl')!.messages);
    const { model, translated } = childPlanFor(source, child.id, { words: childPlanWords(catalogue), ownWords: identity });
    expect(childPlanText(translated!).length).toBe(childPlanText(model).length);
    const headings = model.sections.flatMap((section, index) => [translated!.sections[index]!.heading, section.heading]);
    const found = positions(text, [translated!.title, model.title, ...headings]);
    expect(found.every((at) => at >= 0), JSON.stringify(found)).toBe(true);
    expect(report.language).toBe('pl');
    expect(report.painting.untagged).toBe(0);
    expect(report.structureWords).toEqual(report.contentWords);
  }, 120_000);
});

describe('a pack that lacks keys', () => {
  test('falls back to English visibly for those keys, and says which', async () => {
    const pack = shippedPack('pl')!;
    const messages = Object.fromEntries(Object.entries(pack.messages).filter(([key]) => key !== 'plan.heading.worries'));
    const recipientId = familyPlanRecipients(source)[0]!.id;
    const document = documentFor({ kind: 'family-plan', printSize: 'standard', recipientId, language: { pack: { ...pack, messages }, order: 'theirs-first' } }, source);
    expect(document.untranslatedKeys).toEqual(['plan.heading.worries']);
    const pdf = await renderTaggedPdf(document.element);
    const file = `${folder.path}/fallback.pdf`;
    writeFileSync(file, pdf.bytes);
    // The English heading is printed where the Polish one would be (and, once, as the English one).
    expect(flat(pdfText(file))).toContain('What people are worried about');
    expect(flat(pdfText(file))).toContain('Co idzie dobrze');
  }, 120_000);
});

describe.each(['ar', 'bn'])('a bilingual family’s plan in a language of another script (%s)', (locale) => {
  test('draws every character, reads in logical order in both languages, and carries the language’s Lang', async () => {
    const recipientId = familyPlanRecipients(source)[0]!.id;
    const { text, report, pdf, file } = await made('family-plan', recipientId, locale, 'theirs-first');
    const catalogue = createCatalogue(locale, shippedPack(locale)!.messages);
    const { model, translated } = familyPlanFor(source, recipientId, {}, { words: familyPlanWords(catalogue), ownWords: identity });
    expect(text).not.toContain('\uFFFD');
    // Poppler writes right-to-left runs in drawing order (docs/scripts-and-fonts.md): their words are compared with letters put back.
    const rtl = pdf.stats.problems.length === 0 && locale === 'ar';
    const extracted = rtl ? text.normalize('NFC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '').replace(/[\p{Script=Arabic}\p{M}]+/gu, (word) => [...word].reverse().join('')) : text;
    const words = (line: string) => line.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
    for (const [index, section] of model.sections.entries()) {
      const theirs = translated!.sections[index]!.heading;
      for (const word of words(theirs)) expect(extracted.normalize('NFC'), `${locale}: ${theirs}`).toContain(word);
      expect(text, section.heading).toContain(section.heading);
    }
    if (!rtl) {
      const headings = model.sections.flatMap((section, index) => [translated!.sections[index]!.heading, section.heading]);
      const found = positions(text, headings);
      expect(found.every((at) => at >= 0), `${locale}: ${JSON.stringify(found)}`).toBe(true);
    }
    expect(report.language).toBe(locale);
    expect(report.painting.untagged).toBe(0);
    expect(report.structureWords).toEqual(report.contentWords);
    expect(pdf.pdfUaIdentifier, pdf.stats.problems.join('; ')).toBe(true);
    expect(Buffer.from(pdf.bytes).toString('latin1')).toContain(`/Lang (${locale})`);
    expect(pdfInfo(file).Tagged).toBe('yes');
  }, 120_000);
});
