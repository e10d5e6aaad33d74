/** @jsxRuntime automatic @jsxImportSource react */
import { beforeAll, describe, expect, test } from 'vitest';
import { View } from '@react-pdf/renderer';
import { DocumentFrame, P, Title } from '../../electron/pdf/components';
import { documentFor } from '../../electron/pdf/documents/index';
import { PRINT_SIZES } from '../../electron/pdf/styles';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { familyPlanRecipients } from '../../shared/documents/family-plan';
import type { MakeDocument } from '../../shared/documents/request';
import type { DocumentSource } from '../../shared/documents/source';
import { MAX_KEPT_TEXT } from '../../shared/decision/signoff';
import { LONG_TEXT } from '../../shared/text/fields';
import { exampleDocumentSource } from '../support/example-document-source';
import { pdfText } from '../support/pdf-checks';
import { makeTempDir } from '../support/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The longest texts the forms accept, where the documents keep short blocks on one page: nothing
 * may be cut at a page's foot. Each text ends with a word found nowhere else.
 */
const longText = (last: string, length = LONG_TEXT) => {
  const sentence = 'If Jordan comes home after drinking, Danielle will call Carol and the police at once; ';
  let text = '';
  while (text.length + sentence.length + last.length + 2 < length) text += sentence;
  return `${text}then ${last}.`;
};

let source: DocumentSource;
const folder = makeTempDir();

beforeAll(async () => {
  registerDocumentFonts();
  const example = await exampleDocumentSource();
  const [firstAction, ...actions] = example.decisionRecord.actions;
  source = {
    ...example,
    // The letter carries the contingency plan to the family's plan too.
    letter: { ...example.letter, contingency: longText('Zanzibarcontingency') },
    decisionRecord: {
      ...example.decisionRecord,
      plan: { ...example.decisionRecord.plan, contingency: longText('Zanzibarcontingency') },
      actions: [{ ...firstAction!, what: longText('Zanzibaraction') }, ...actions],
      dissents: example.decisionRecord.dissents.map((dissent) => ({ ...dissent, grounds: longText('Zanzibardissent') })),
      // A correction to the minutes can be as long as a contribution (text kept after sign-off, issue 14).
      amendments: [
        {
          id: '5b0c6a52-1d7e-4a8e-9f57-2f7e0c1d9a10', section: 'minutes', entityId: null, amendedBy: 'Priya Anand', amendedAt: '2026-03-21T10:00:00.000Z',
          original: longText('Zanzibaroriginal', MAX_KEPT_TEXT), correction: longText('Zanzibaramendment', MAX_KEPT_TEXT), reason: longText('Zanzibarreason'), restriction: { level: 'none' },
        },
      ],
    },
  };
}, 60_000);

/** The words of the document's last word markers that pdftotext finds (short, so a failure reads well). */
async function printedMarkers(request: Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'>): Promise<string[]> {
  const made = documentFor(request, source);
  const pdf = await renderTaggedPdf(made.element);
  expect(pdf.stats.problems).toEqual([]);
  const file = join(folder.path, made.fileName);
  writeFileSync(file, pdf.bytes);
  return pdfText(file).match(/Zanzibar[a-z]+/g) ?? [];
}

describe('the longest texts the forms accept', () => {
  for (const printSize of ['standard', 'large'] as const) {
    test(`are printed to their last word in ${printSize} print`, async () => {
      const recipientId = familyPlanRecipients(source)[0]!.id;
      expect(await printedMarkers({ kind: 'family-plan', printSize, recipientId })).toEqual(expect.arrayContaining(['Zanzibaraction', 'Zanzibarcontingency']));
      expect(await printedMarkers({ kind: 'plan', printSize, recipientId: null })).toEqual(expect.arrayContaining(['Zanzibaraction', 'Zanzibarcontingency']));
      expect(await printedMarkers({ kind: 'letter', printSize, recipientId: null })).toEqual(expect.arrayContaining(['Zanzibarcontingency']));
      const record = await printedMarkers({ kind: 'record', printSize, recipientId: null });
      expect(record).toEqual(
        expect.arrayContaining(['Zanzibaraction', 'Zanzibarcontingency', 'Zanzibaroriginal', 'Zanzibaramendment', 'Zanzibarreason', ...(source.decisionRecord.dissents.length > 0 ? ['Zanzibardissent'] : [])]),
      );
    }, 120_000);
  }

  test('a block kept whole but taller than a page fails the checks: no PDF/UA identifier for a file with words cut off', async () => {
    const pdf = await renderTaggedPdf(
      <DocumentFrame title="Cut" subject="Cut" runningHeader="Cut" printSize={PRINT_SIZES.large} madeOn={new Date('2026-11-23T12:00:00Z')}>
        <Title>Cut</Title>
        <View wrap={false}>
          <P>{longText('Zanzibarcut')}</P>
        </View>
      </DocumentFrame>,
    );
    expect(pdf.stats.problems).toEqual(['1 block(s) too tall for a page were cut off at the foot of it.']);
    expect(pdf.pdfUaIdentifier).toBe(false);
  }, 60_000);
});
