/** @jsxRuntime automatic @jsxImportSource react */
import { Font } from '@react-pdf/renderer';
import { beforeAll, describe, expect, test } from 'vitest';
import { DocumentFrame, P, Section, Title } from '../../electron/pdf/components';
import { renderTaggedPdf } from '../../electron/pdf/render';
import { forgetShaping } from '../../electron/pdf/shaping-cache';
import { PRINT_SIZES, type PrintSize } from '../../electron/pdf/styles';
import { FONT_FAMILY, registerDocumentFonts } from '../../electron/pdf/typeface';

beforeAll(() => registerDocumentFonts());

const aPlan = (printSize: PrintSize) => (
  <DocumentFrame title="Our plan for Nia" subject="Shaping" runningHeader="Our plan" printSize={printSize} madeOn={new Date('2026-11-23T12:00:00Z')}>
    <Title>Our plan for Nia</Title>
    <P>{'Bea will take Nia to school on Mondays and Thursdays.\nΗ γιαγιά της μιλά ελληνικά · Арина — fiancée, naïve, œuvre.'}</P>
    <Section title="Who will help">
      <P>The worker who knows Nia best will visit every ten working days, and will see her on her own.</P>
    </Section>
  </DocumentFrame>
);

interface Shaped {
  layout(text: string): { glyphs: { id: number }[]; positions: { xAdvance: number }[] };
}
const regular = () => (Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400, fontStyle: 'normal' }) as unknown as { data: Shaped }).data;

describe('shaping remembered across documents', () => {
  test('a document made from remembered shaping is byte for byte the one made by shaping afresh, in both print sizes', async () => {
    // Load the fonts, so the next documents are the first to be shaped through the remembered path.
    await renderTaggedPdf(aPlan(PRINT_SIZES.standard));
    for (const size of [PRINT_SIZES.standard, PRINT_SIZES.large]) {
      forgetShaping();
      const afresh = await renderTaggedPdf(aPlan(size));
      const remembered = await renderTaggedPdf(aPlan(size));
      expect(afresh.pdfUaIdentifier).toBe(true);
      expect(Buffer.compare(afresh.bytes, remembered.bytes)).toBe(0);
    }
  });

  test('each answer is a copy: changing one does not change the next', async () => {
    await renderTaggedPdf(aPlan(PRINT_SIZES.standard));
    const font = regular();
    // The font the documents use answers through the remembered path.
    expect(Object.prototype.hasOwnProperty.call(font, 'layout')).toBe(true);
    const first = font.layout('Nia and Bea');
    const glyphIds = first.glyphs.map((g) => g.id);
    const advances = first.positions.map((p) => p.xAdvance);
    first.glyphs.reverse();
    first.positions[0]!.xAdvance = -1;
    const again = font.layout('Nia and Bea');
    expect(again).not.toBe(first);
    expect(again.glyphs.map((g) => g.id)).toEqual(glyphIds);
    expect(again.positions.map((p) => p.xAdvance)).toEqual(advances);
  });
});
