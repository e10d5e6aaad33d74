import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { reachesAll, type Readers } from '../../shared/audience/reach';
import { householdOf, recipientReaders, type FamilyRecipient } from '../../shared/audience/recipients';
import { contributionRestrictions } from '../../shared/audience/room';
import { buildFamilyPlan, familyPlanRecipients } from '../../shared/documents/family-plan';
import type { DocumentSource } from '../../shared/documents/source';
import { EXAMPLE_KEPT_FROM_JORDAN, EXAMPLE_POLICE_SUMMARY_FOR_FAMILY, EXAMPLE_RESTRICTED_TEXTS } from '../../shared/example/price-mills-meeting';
import { letterRecipients } from '../../shared/letter/letter-recipients';
import { exampleDocumentSource } from '../support/example-document-source';
import { pdfStructText, pdfText, readWithPdfJs, visualWords } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

let source: DocumentSource;
const folder = makeTempDir();

beforeAll(async () => {
  registerDocumentFonts();
  const example = await exampleDocumentSource();
  // The example has no confidential contact details; Carol's address is made confidential here.
  source = {
    ...example,
    conference: {
      ...example.conference,
      familyMembers: example.conference.familyMembers.map((m) => (m.givenName === 'Carol' ? { ...m, contactDetails: CONFIDENTIAL_ADDRESS, contactDetailsConfidential: true } : m)),
    },
  };
});

const CONFIDENTIAL_ADDRESS = '7 Rowan Street, Northmere NM4 2QT';

/** One family document for one recipient, written to the test's folder. */
async function written(kind: 'family-plan' | 'letter', recipientId: string): Promise<string> {
  const made = documentFor({ kind, printSize: 'standard', recipientId }, source);
  const pdf = await renderTaggedPdf(made.element);
  const file = `${folder.path}/${kind}-${recipientId}.pdf`;
  writeFileSync(file, pdf.bytes);
  return file;
}
afterAll(() => folder.remove());

/** Everything the source marks as kept from the family, and every confidential contact detail. */
function keptFromTheFamily(from: DocumentSource): string[] {
  const { capture, conference } = from;
  const inRestrictedPart = (spokenAt: string) => capture.restrictedParts.some((part) => spokenAt >= part.startedAt && (part.endedAt === null || spokenAt <= part.endedAt));
  const restricted = [
    ...capture.contributions.filter((c) => c.restriction.level !== 'none' || inRestrictedPart(c.spokenAt)).map((c) => c.text),
    ...capture.childVoices.filter((v) => v.restriction.level !== 'none').map((v) => v.words),
    ...conference.familyMembers.filter((m) => m.contactDetailsConfidential).map((m) => m.contactDetails),
  ];
  return restricted.map((text) => text.trim()).filter((text) => text.length > 0);
}

/** What one recipient's copy must not hold: whatever the one rule keeps from its readers, and confidential details. */
function keptFrom(from: DocumentSource, recipient: FamilyRecipient): string[] {
  const who: Readers = recipientReaders(recipient);
  const household = householdOf(from);
  const { capture, conference, decisionRecord } = from;
  const texts = [
    ...capture.contributions.filter((c) => !reachesAll(contributionRestrictions(c, capture), who, household)).map((c) => c.text),
    ...capture.childVoices.filter((v) => !reachesAll([v.restriction], who, household)).map((v) => v.words),
    ...decisionRecord.actions.filter((a) => !reachesAll([a.restriction], who, household)).map((a) => a.what),
    ...conference.familyMembers.filter((m) => m.contactDetailsConfidential).map((m) => m.contactDetails),
    ...(recipient.memberIds.some((id) => conference.familyMembers.find((m) => m.id === id)?.givenName === 'Jordan') ? EXAMPLE_KEPT_FROM_JORDAN : []),
  ];
  return texts.map((text) => text.trim()).filter((text) => text.length > 0);
}

/** Text as pdftotext and the structure tree give it: words joined by single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the family’s plan as a PDF', () => {
  const printSizes = ['standard', 'large'] as const;

  for (const printSize of printSizes) {
    test(`${printSize} print: tagged, readable in order, and made only of what the family may read`, async () => {
      for (const recipient of familyPlanRecipients(source)) {
        const made = documentFor({ kind: 'family-plan', printSize, recipientId: recipient.id }, source);
        const pdf = await renderTaggedPdf(made.element);
        expect(pdf.stats.problems).toEqual([]);
        expect(pdf.pdfUaIdentifier).toBe(true);

        const model = buildFamilyPlan(source, recipient.id);
        const report = await expectAccessiblePdf(pdf.bytes, folder.path, made.fileName, model.title);
        // The tags read in the order the page is laid out, as poppler reads it from the layout.
        expect(report.structureWords).toEqual(visualWords(report.file));
        // Bookmarks for every section, in order.
        expect(report.outline.filter((entry) => !entry.startsWith(' '))).toEqual(model.sections.map((section) => section.heading));

        const text = flat(pdfText(report.file));
        const tree = flat(pdfStructText(report.file));
        expect(text).toContain(model.madeFor);
        expect(text.toLowerCase()).not.toContain('subject child');
        // Not vacuous: the example's restricted sentences are in the source, and the shared summary is printed.
        expect(keptFromTheFamily(source)).toEqual(expect.arrayContaining([...EXAMPLE_RESTRICTED_TEXTS, CONFIDENTIAL_ADDRESS]));
        expect(text).toContain(EXAMPLE_POLICE_SUMMARY_FOR_FAMILY);
        for (const kept of keptFrom(source, recipient)) {
          // Compare on a distinctive stretch: line breaks in the PDF may fall anywhere.
          const probe = flat(kept).slice(0, 60);
          expect(text, 'restricted text in the page text').not.toContain(probe);
          expect(tree, 'restricted text in the structure tree').not.toContain(probe);
        }
      }
    }, 180_000);

    test(`${printSize} print: a decision letter per recipient, tagged, readable in order, and made only of what that recipient may read`, async () => {
      const recipients = letterRecipients(source);
      expect(recipients.map((r) => r.kind)).toContain('everyone');
      for (const recipient of recipients) {
        const made = documentFor({ kind: 'letter', printSize, recipientId: recipient.id }, source);
        const pdf = await renderTaggedPdf(made.element);
        expect(pdf.stats.problems).toEqual([]);
        expect(pdf.pdfUaIdentifier).toBe(true);
        const report = await expectAccessiblePdf(pdf.bytes, folder.path, made.fileName, made.title);
        expect(report.structureWords).toEqual(visualWords(report.file));
        const text = flat(pdfText(report.file));
        const tree = flat(pdfStructText(report.file));
        for (const kept of keptFrom(source, recipient)) {
          const probe = flat(kept).slice(0, 60);
          expect(text, `restricted text in ${recipient.name}’s letter`).not.toContain(probe);
          expect(tree, `restricted text in ${recipient.name}’s letter’s tags`).not.toContain(probe);
        }
      }
    }, 180_000);
  }

  test('in Jordan’s copies the domestic abuse adviser is not named, and Danielle’s name her', async () => {
    const jordan = familyPlanRecipients(source).find((r) => r.name === 'Jordan Mills')!;
    const danielle = familyPlanRecipients(source).find((r) => r.name === 'Danielle Price')!;
    expect(EXAMPLE_KEPT_FROM_JORDAN).toContain('Nadia Rahman');
    for (const kind of ['family-plan', 'letter'] as const) {
      const jordans = flat(pdfText(await written(kind, jordan.id)));
      for (const kept of EXAMPLE_KEPT_FROM_JORDAN) expect(jordans).not.toContain(flat(kept).slice(0, 60));
      expect(jordans).not.toContain('Nadia');
      expect(flat(pdfText(await written(kind, danielle.id)))).toContain('Nadia Rahman');
    }
  }, 60_000);

  test('large print sets the body at 16 pt or more', async () => {
    const recipient = familyPlanRecipients(source)[0]!;
    const made = documentFor({ kind: 'family-plan', printSize: 'large', recipientId: recipient.id }, source);
    const pdf = await renderTaggedPdf(made.element);
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf.bytes), verbosity: 0 }).promise;
    const sizes = new Map<number, number>();
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items as { str?: string; transform?: number[] }[]) {
        if (!item.str?.trim() || !item.transform) continue;
        const size = Math.round(Math.hypot(item.transform[0]!, item.transform[1]!));
        sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
      }
    }
    await document.destroy();
    const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(body).toBeGreaterThanOrEqual(16);
    // Nothing on the page is smaller than 14 pt (the page numbers).
    expect(Math.min(...sizes.keys())).toBeGreaterThanOrEqual(14);
  }, 60_000);

  test('pdf.js and poppler read the same title, and the PDF/UA identifier is there only because the checks passed', async () => {
    const recipient = familyPlanRecipients(source)[0]!;
    const made = documentFor({ kind: 'family-plan', printSize: 'standard', recipientId: recipient.id }, source);
    const pdf = await renderTaggedPdf(made.element);
    const report = await readWithPdfJs(pdf.bytes);
    expect(report.title).toBe(made.title);
    expect(report.pdfUaPart).toBe(pdf.pdfUaIdentifier ? '1' : undefined);
  }, 60_000);
});
