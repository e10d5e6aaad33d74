/**
 * The decision letter in two languages (issue 16): made like the family's plan from one
 * recipient's copy, the letter in English and in the pack's language interleaved paragraph by
 * paragraph, read back from the file by poppler (pdftotext) and pdf.js: both languages there, in
 * the chosen order, each paragraph with its own Lang, the document's Lang the language put first.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { letterModel, type LetterBlock, type LetterModel } from '../../electron/pdf/documents/letter-model';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { familyPlanWords } from '../../shared/documents/family-plan-words';
import type { DocumentSource } from '../../shared/documents/source';
import { createCatalogue, ENGLISH } from '../../shared/i18n/catalogue';
import type { BilingualOrder } from '../../shared/i18n/choice';
import { shippedPack } from '../../shared/i18n/shipped-packs';
import { letterFor, letterRecipients } from '../../shared/letter/letter-recipients';
import { ENGLISH_LETTER_WORDS, letterWords } from '../../shared/letter/letter-words';
import { exampleDocumentSource } from '../support/example-document-source';
import { flat, pdfInfo, pdfStructText, pdfText, positions, readWithPdfJs } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';

let source: DocumentSource;
const folder = makeTempDir('confer-bilingual-letter-');
beforeAll(async () => {
  registerDocumentFonts();
  source = await exampleDocumentSource();
});
afterAll(() => folder.remove());


/** A parent's letter (not the copy for everyone), so "Dear …" names them. */
const parentId = () => letterRecipients(source).find((recipient) => recipient.kind === 'parent-or-carer')!.id;

async function made(locale: string, order: BilingualOrder) {
  const pack = shippedPack(locale);
  if (pack === null) throw new Error(`no shipped pack for ${locale}`);
  const recipientId = parentId();
  const document = documentFor({ kind: 'letter', printSize: 'standard', recipientId, language: { pack, order } }, source);
  const pdf = await renderTaggedPdf(document.element);
  const file = `${folder.path}/${document.fileName}-${order}`;
  writeFileSync(file, pdf.bytes);
  // The letter in both languages as the document builds it (the example's own words left in English).
  const copy = letterFor(source, recipientId).source;
  const catalogue = createCatalogue(locale, pack.messages);
  const english = letterModel(copy, ENGLISH_LETTER_WORDS, false, null);
  const theirs = letterModel(copy, letterWords(catalogue), false, familyPlanWords(catalogue));
  return { document, pdf, file, text: flat(pdfText(file)), report: await readWithPdfJs(pdf.bytes), english, theirs, catalogue };
}

/** The letter's level-2 headings, in order. */
const headings = (model: LetterModel) => model.blocks.flatMap((block: LetterBlock) => (block.kind === 'section' && block.level === 2 ? [block.title] : []));
/** Its paragraphs outside any section, in order ("Dear …", the introduction, "Yours sincerely"). */
const paragraphs = (model: LetterModel) => model.blocks.flatMap((block: LetterBlock) => (block.kind === 'paragraph' ? [block.text] : []));

describe('a bilingual decision letter in Polish (draft pack)', () => {
  test('the language first: each Polish heading and paragraph comes before its English one, both there, each with its Lang', async () => {
    const { file, text, report, document, pdf, english, theirs, catalogue } = await made('pl', 'theirs-first');
    // Built by the same code from the same copy: the two letters line up.
    expect(headings(theirs).length).toBe(headings(english).length);
    expect(paragraphs(theirs).length).toBe(paragraphs(english).length);
    expect(theirs.title).not.toBe(english.title);

    // In the order printed: the title, "Dear …" and the introduction, the headings, then the closing.
    const paragraphPairs = paragraphs(theirs).map((p, index) => [p, paragraphs(english)[index]!] as const);
    const pairs = [[theirs.title, english.title] as const, ...paragraphPairs.slice(0, 2), ...headings(theirs).map((heading, index) => [heading, headings(english)[index]!] as const), ...paragraphPairs.slice(2)];
    for (const [pl, en] of pairs) expect(pl, en).not.toBe(en);
    const found = positions(text, pairs.flat());
    expect(found.every((at) => at >= 0), JSON.stringify(found)).toBe(true);
    // How to challenge, from the pack: each way in Polish before its English.
    const challenge = positions(text, [catalogue.format('letter.challenge.complaint'), ENGLISH.format('letter.challenge.complaint')]);
    expect(challenge[0]).toBeGreaterThanOrEqual(0);
    expect(challenge[1]).toBeGreaterThan(challenge[0]!);

    // The draft note in both languages on the first page, and "Page 1 of N" in both.
    const firstPage = flat(pdfText(file).split('\f')[0] ?? '');
    expect(firstPage).toContain(catalogue.format('frame.draftNotice'));
    expect(firstPage).toContain(ENGLISH.format('frame.draftNotice'));
    expect(text).toContain(`Strona 1 z ${pdf.pages} · Page 1 of ${pdf.pages}`);

    expect(document.fileName).toMatch(/^decision-letter-.*-pl\.pdf$/u);
    expect(document.title).toBe(theirs.title);
    expect(report.language).toBe('pl');
    expect(document.language).toBe('pl');
    const bytes = Buffer.from(pdf.bytes).toString('latin1');
    expect(bytes.match(/\/Lang \(pl\)/gu)?.length ?? 0).toBeGreaterThan(15);
    expect(bytes.match(/\/Lang \(en-GB\)/gu)?.length ?? 0).toBeGreaterThan(15);
    expect(pdfInfo(file).Tagged).toBe('yes');
    expect(report.painting.untagged).toBe(0);
    expect(report.structureWords).toEqual(report.contentWords);
    expect(pdf.pdfUaIdentifier, pdf.stats.problems.join('; ')).toBe(true);
    expect(pdfStructText(file)).not.toContain('Strona 1 z');
  }, 120_000);

  test('English first: the English heading comes before the Polish one, and the document’s Lang is English', async () => {
    const { text, report, english, theirs } = await made('pl', 'english-first');
    const [en, pl] = positions(text, [headings(english)[0]!, headings(theirs)[0]!]);
    expect(en).toBeGreaterThanOrEqual(0);
    expect(pl).toBeGreaterThan(en!);
    const [dearEn, dearPl] = positions(text, [paragraphs(english)[0]!, paragraphs(theirs)[0]!]);
    expect(dearEn).toBeGreaterThanOrEqual(0);
    expect(dearPl).toBeGreaterThan(dearEn!);
    expect(report.language).toBe('en-GB');
  }, 120_000);
});

describe('a bilingual decision letter in Arabic (right to left)', () => {
  test('draws every character, carries Lang per paragraph, and its Arabic words read back in logical order', async () => {
    const { text, report, pdf, file, english, theirs, document } = await made('ar', 'theirs-first');
    expect(text).not.toContain('\uFFFD');
    // Poppler writes right-to-left runs in drawing order (docs/scripts-and-fonts.md): their words are compared with letters put back.
    const rtl = pdf.stats.problems.length === 0;
    const extracted = (rtl ? text.normalize('NFC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '').replace(/[\p{Script=Arabic}\p{M}]+/gu, (word) => [...word].reverse().join('')) : text).normalize('NFC');
    const words = (line: string) => line.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
    for (const [index, heading] of headings(theirs).entries()) {
      for (const word of words(heading)) expect(extracted, heading).toContain(word);
      expect(text, headings(english)[index]).toContain(headings(english)[index]!);
    }
    expect(document.language).toBe('ar');
    expect(report.language).toBe('ar');
    const bytes = Buffer.from(pdf.bytes).toString('latin1');
    expect(bytes.match(/\/Lang \(ar\)/gu)?.length ?? 0).toBeGreaterThan(15);
    expect(bytes.match(/\/Lang \(en-GB\)/gu)?.length ?? 0).toBeGreaterThan(15);
    expect(report.painting.untagged).toBe(0);
    expect(report.structureWords).toEqual(report.contentWords);
    expect(pdf.pdfUaIdentifier, pdf.stats.problems.join('; ')).toBe(true);
    expect(pdfInfo(file).Tagged).toBe('yes');
  }, 120_000);
});
