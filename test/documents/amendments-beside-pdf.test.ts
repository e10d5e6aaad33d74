import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentFor } from '../../electron/pdf/documents/index';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { forRecipient } from '../../shared/audience/for-recipient';
import { familyRecipients } from '../../shared/audience/recipients';
import { formatIsoDate } from '../../shared/dates/format';
import type { Amendment } from '../../shared/decision/signoff';
import type { DocumentSource } from '../../shared/documents/source';
import { IDS } from '../audience/family-source';
import { pdfStructText, pdfText } from '../support/pdf-checks';
import { expectAccessiblePdf } from '../support/pdf-expectations';
import { makeTempDir } from '../support/temp-dir';
import { aConference } from './child-plan-source';

const folder = makeTempDir('confer-amendments-');
beforeAll(() => registerDocumentFonts());
afterAll(() => folder.remove());

const flat = (text: string) => text.replace(/\s+/gu, ' ');
const id = (n: number) => `00000000-0000-4000-8eee-${n.toString(16).padStart(12, '0')}`;

function amendment(n: number, section: Amendment['section'], entityId: string | null, correction: string, restriction: Amendment['restriction'] = { level: 'none' }): Amendment {
  return { id: id(n), section, entityId, original: '', correction, reason: `Reason ${n}: the chair checked the notes.`, restriction, amendedBy: 'Noor Chair', amendedAt: `2026-03-2${n}T10:00:00.000Z` };
}

function amendedSource(): DocumentSource {
  const source = aConference();
  const contribution = source.capture.contributions[0]!;
  const strength = source.decisionRecord.statements[0]!;
  const teganDecision = source.decisionRecord.decisions.find((d) => d.childId === IDS.tegan)!;
  return {
    ...source,
    decisionRecord: {
      ...source.decisionRecord,
      amendments: [
        amendment(1, 'minutes', contribution.id, 'Sol said Tegan likes her swimming club.'),
        amendment(2, 'analysis', strength.id, 'Amara takes the children to school most days.'),
        amendment(3, 'decision', teganDecision.id, 'The chair’s reasons name the school’s report too.'),
        amendment(4, 'plan', IDS.outcomeTegan, 'Tegan is in school every day.'),
        amendment(5, 'plan', IDS.actionKai, 'The nursery will report each week.'),
        amendment(6, 'plan', IDS.outcomeBoth, 'Corrected for professionals only: the police share dates.', { level: 'not-for-family', reason: 'police-investigation', sharedSummary: '' }),
        amendment(7, 'other', null, 'The venue was the family centre.'),
      ],
    },
  };
}

describe('amendments beside the original in the record', () => {
  test('each amendment comes directly after what it corrects, labelled who, when and why; the rest at the end', async () => {
    const source = amendedSource();
    const made = documentFor({ kind: 'record', printSize: 'standard', recipientId: null }, source);
    const pdf = await renderTaggedPdf(made.element);
    expect(pdf.stats.problems).toEqual([]);
    const report = await expectAccessiblePdf(pdf.bytes, folder.path, 'amended-record.pdf', made.title);
    // The tags, in reading order: what a screen reader meets.
    const tree = flat(pdfStructText(report.file));
    const text = flat(pdfText(report.file));
    const at = (words: string) => {
      const index = tree.indexOf(words);
      expect(index, words).toBeGreaterThanOrEqual(0);
      return index;
    };
    const label = (n: number, _part: string) => `Amendment, made by Noor Chair on ${formatIsoDate(`2026-03-2${n}`)}`;
    // A contribution, then its amendment, then the next contribution.
    expect(at('Sol said Tegan likes her football club')).toBeLessThan(at(label(1, 'minutes')));
    expect(at(label(1, 'minutes'))).toBeLessThan(at('Sol said Tegan likes her swimming club.'));
    expect(at('Sol said Tegan likes her swimming club.')).toBeLessThan(at('Reason 1: the chair checked the notes.'));
    expect(at('Reason 1: the chair checked the notes.')).toBeLessThan(at('Sol said Tegan and Kai both miss their gran.'));
    // A statement of the analysis, then its amendment, before the next statement.
    expect(at('Amara takes the children to school every day.')).toBeLessThan(at(label(2, 'analysis')));
    // A decision's reasons, then its amendment, before the next child's decision.
    expect(at(label(3, 'decision'))).toBeGreaterThan(at('Decision for each child'));
    expect(at(label(3, 'decision'))).toBeLessThan(at('The chair’s reasons name the school’s report too.'));
    // An outcome, then its amendment, before its actions; an action's amendment under its table.
    expect(at('Outcome 2: Tegan is in school')).toBeLessThan(at(label(4, 'plan')));
    expect(at(label(4, 'plan'))).toBeLessThan(at('Outcome 3: Kai talks more'));
    expect(at('Outcome 3: Kai talks more')).toBeLessThan(at(label(5, 'plan')));
    expect(at(label(5, 'plan'))).toBeLessThan(at('How each child will be seen'));
    // A restricted correction is marked in words where it stands.
    expect(tree).toContain(`Restricted — not for the family: a police investigation. ${label(6, 'plan')}`);
    // Only the correction to no item is left for the end, with a note that the others stand beside theirs.
    const end = at('Amendments after the record was finalised');
    expect(tree.slice(end)).toContain('6 amendments are printed directly after the part of the record they correct.');
    expect(tree.slice(end)).toContain(`${label(7, 'other')}. It now says: “The venue was the family centre.”`);
    expect(tree.slice(end)).not.toContain('Tegan is in school every day.');
    expect(text).toContain('Why: Reason 4: the chair checked the notes.');
  }, 60_000);
});

describe('the family’s documents and amendments', () => {
  test('a family copy keeps only the amendments its reader may see, and never those to an item left out', () => {
    const source = amendedSource();
    const amara = familyRecipients(source).find((r) => r.id === IDS.amara)!;
    const copy = forRecipient(source, amara).source;
    const kept = copy.decisionRecord.amendments.map((a) => a.correction);
    expect(kept).not.toContain('Corrected for professionals only: the police share dates.');
    expect(kept).toContain('Tegan is in school every day.');
  });

  test('no restricted correction reaches the family’s plan or the decision letter', async () => {
    const source = amendedSource();
    for (const request of [
      { kind: 'family-plan', printSize: 'standard', recipientId: IDS.amara },
      { kind: 'letter', printSize: 'standard', recipientId: null },
    ] as const) {
      const made = documentFor(request, source);
      const pdf = await renderTaggedPdf(made.element);
      const report = await expectAccessiblePdf(pdf.bytes, folder.path, `${request.kind}-amended.pdf`, made.title);
      expect(flat(pdfText(report.file))).not.toContain('the police share dates');
      expect(flat(pdfStructText(report.file))).not.toContain('the police share dates');
    }
  }, 60_000);
});
