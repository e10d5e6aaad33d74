/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Our patch to react-pdf's pagination (patches/@react-pdf+layout+5.2.0.patch): when a page is split
 * off, only the next page or so of what is left is laid out again, and the content below keeps the
 * layout it has, moved up to follow. This checks that it changes nothing on the page: a long,
 * nested, bilingual document made with the patch and with react-pdf's full relayout has the same
 * words on the same pages in the same places. An invented family throughout.
 */
import { setPagesLaidOutAhead } from '@react-pdf/layout';
import { View } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BulletList, DocumentFrame, KeepWhole, P, Section, Table, Title } from '../../electron/pdf/components';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { PRINT_SIZES, type PrintSize } from '../../electron/pdf/styles';
import { registerDocumentFonts } from '../../electron/pdf/typeface';
import { makeTempDir } from '../support/temp-dir';

const folder = makeTempDir();
const TITLE = 'The Okafor-Lindqvist family’s plan';

const sentences = [
  'Ingrid will walk Tobi to nursery every weekday morning and collect him at three.',
  'Chidi has agreed not to drink at home, and will tell the social worker if that changes.',
  'Grandma Sigrid will stay over on Fridays so that the children have a calm start to the weekend.',
  'The health visitor will check Tobi’s weight every two weeks until the end of March.',
];
const paragraph = (n: number, words = 3) => Array.from({ length: words }, (_, i) => sentences[(n + i) % sentences.length]).join(' ');
const polish = (n: number) => `Akapit ${n}: Ingrid odprowadzi Tobiego do żłobka, a babcia Sigrid zostanie na noc w piątki.`;

/** Sections of every kind the documents use: nested, kept whole, bilingual, lists and tables. */
function LongPlan({ printSize }: { readonly printSize: PrintSize }) {
  const sections = Array.from({ length: 9 }, (_, s) => (
    <Section key={s} title={[{ text: `Część ${s + 1}`, lang: 'pl' }, { text: `Part ${s + 1}`, lang: 'en-GB' }]}>
      <P>{paragraph(s, 6)}</P>
      <P lang="pl">{polish(s)}</P>
      <BulletList
        numbered
        items={Array.from({ length: 5 }, (_, i) => ({
          languages: [
            { lang: 'pl', lines: [polish(s * 10 + i)] },
            { lang: 'en-GB', lines: [paragraph(s + i, 2)] },
          ],
        }))}
      />
      <Section level={3} title={`Who will help, part ${s + 1}`} keepTogether>
        <P>{paragraph(s + 1, 2)}</P>
      </Section>
      <Table
        columns={[
          { heading: 'When', width: 1 },
          { heading: 'What will happen', width: 3 },
        ]}
        rows={Array.from({ length: 6 }, (_, r) => [`Week ${r + 1}`, paragraph(s + r, 1 + (r % 3))])}
      />
      <KeepWhole>
        <P>{paragraph(s + 2, 1)}</P>
        <P lang="pl">{polish(s + 100)}</P>
      </KeepWhole>
      <View>
        {Array.from({ length: 4 }, (_, i) => (
          <P key={i}>{paragraph(s * 3 + i, 4)}</P>
        ))}
      </View>
    </Section>
  ));
  return (
    <DocumentFrame title={TITLE} subject="Pagination" runningHeader={TITLE} printSize={printSize} madeOn={new Date('2026-12-05T09:00:00Z')} language="pl">
      <Title>{TITLE}</Title>
      {sections}
    </DocumentFrame>
  );
}

interface PlacedWord {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** Every word poppler finds, with its page and where it is drawn. */
function placedWords(bytes: Uint8Array, name: string): PlacedWord[] {
  const file = join(folder.path, name);
  writeFileSync(file, bytes);
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return xml.split('<page ').slice(1).flatMap((page, index) =>
    [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => ({ page: index + 1, text: m[3]!, x: Number(m[1]), y: Number(m[2]) })),
  );
}

beforeAll(() => registerDocumentFonts());
afterAll(() => setPagesLaidOutAhead(1));

describe('laying out only the next page again when a page is split off', () => {
  for (const size of ['standard', 'large'] as const) {
    test(`puts every word where react-pdf's full relayout does (${size} print)`, async () => {
      const printSize = PRINT_SIZES[size];
      setPagesLaidOutAhead(1);
      const patched = await renderTaggedPdf(<LongPlan printSize={printSize} />);
      setPagesLaidOutAhead(Number.POSITIVE_INFINITY);
      const full = await renderTaggedPdf(<LongPlan printSize={printSize} />);
      setPagesLaidOutAhead(1);

      // One part of many pages, so the patch leaves content out of nearly every relayout.
      expect(patched.pages).toBeGreaterThan(size === 'large' ? 25 : 12);
      expect(patched.pages).toBe(full.pages);
      expect(patched.stats.problems).toEqual([]);

      const mine = placedWords(patched.bytes, `patched-${size}.pdf`);
      const theirs = placedWords(full.bytes, `full-${size}.pdf`);
      expect(mine.map((w) => `${w.page} ${w.text}`)).toEqual(theirs.map((w) => `${w.page} ${w.text}`));
      // Yoga works in 32-bit floats: moving a block instead of laying it out again may differ in
      // the last bits, far below a thousandth of a point.
      const furthest = Math.max(...mine.map((w, i) => Math.max(Math.abs(w.x - theirs[i]!.x), Math.abs(w.y - theirs[i]!.y))));
      expect(furthest).toBeLessThan(0.01);
    }, 120_000);
  }
});
