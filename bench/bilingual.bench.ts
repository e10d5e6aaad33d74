/**
 * Speed of a bilingual family's plan (issue 16): the example family's plan for its first
 * recipient in Polish and English (the draft pack, Polish first), made warm in-process (the median
 * after a warm-up), beside the same plan in English alone in the same run. Target: under 600 ms.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { documentFor } from '../electron/pdf/documents/index';
import { renderTaggedPdf } from '../electron/pdf/render';
import { registerDocumentFonts } from '../electron/pdf/typeface';
import { familyPlanRecipients } from '../shared/documents/family-plan';
import { shippedPack } from '../shared/i18n/shipped-packs';
import { exampleDocumentSource } from '../test/support/example-document-source';

const RUNS = 12;
const WARM_UP = 3;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) * 10) / 10;
};

async function warm(action: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i += 1) await action();
  const durations: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await action();
    durations.push(performance.now() - started);
  }
  return median(durations);
}

export async function run(): Promise<Record<string, number>> {
  registerDocumentFonts();
  const source = await exampleDocumentSource();
  const pack = shippedPack('pl');
  if (pack === null) throw new Error('The Polish pack is missing.');
  const recipientId = familyPlanRecipients(source)[0]?.id ?? null;
  const figures: Record<string, number> = { load_average_at_start: Math.round((loadavg()[0] ?? 0) * 10) / 10 };
  const bilingual = { kind: 'family-plan', printSize: 'standard', recipientId, language: { pack, order: 'theirs-first' } } as const;
  figures['bilingual_family_plan_warm_ms_median'] = await warm(() => renderTaggedPdf(documentFor(bilingual, source).element));
  figures['english_family_plan_warm_ms_median'] = await warm(() => renderTaggedPdf(documentFor({ ...bilingual, language: null }, source).element));
  figures['load_average_at_end'] = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  return figures;
}
