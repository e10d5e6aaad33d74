/**
 * Speed of the documents (issue 7, item 7): the example family's plan and the full conference
 * record, made warm (medians after a warm-up), both in-process and through the document worker
 * as the app makes them; the worker's memory; and, for comparison, Chromium's tagged page.pdf of
 * equivalent HTML in the same run. Targets: the family's plan under 400 ms, the record under 1 s.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createDocumentRenderer } from '../electron/pdf/document-renderer';
import { documentFor } from '../electron/pdf/documents/index';
import { renderTaggedPdf } from '../electron/pdf/render';
import { registerDocumentFonts } from '../electron/pdf/typeface';
import { buildFamilyPlan, familyPlanRecipients } from '../shared/documents/family-plan';
import type { MakeDocument } from '../shared/documents/request';
import type { DocumentSource } from '../shared/documents/source';
import { launchChromium } from '../test/support/chromium';
import { exampleDocumentSource } from '../test/support/example-document-source';
import { familyPlanHtml } from './family-plan-html';

const RUNS = 12;
const WARM_UP = 3;
const MB = 1024 * 1024;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) * 10) / 10;
};

async function timed(times: number, action: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await action();
    durations.push(performance.now() - started);
  }
  return durations;
}

async function inProcess(source: DocumentSource, request: Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'>): Promise<number> {
  const render = () => renderTaggedPdf(documentFor(request, source).element);
  await timed(WARM_UP, render);
  return median(await timed(RUNS, render));
}

/** Chromium's own tagged PDF of the same plan as HTML, on a loaded page (its warm path). */
async function chromiumPagePdf(source: DocumentSource, recipientId: string): Promise<{ warm: number; cold: number }> {
  const fontFile = readFileSync(new URL('../electron/pdf/fonts/AtkinsonHyperlegible_400Regular.ttf', import.meta.url)).toString('base64');
  const html = familyPlanHtml(buildFamilyPlan(source, recipientId), fontFile);
  const started = performance.now();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = () => page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
    await pdf();
    const cold = performance.now() - started;
    await timed(WARM_UP, pdf);
    return { warm: median(await timed(RUNS, pdf)), cold: Math.round(cold) };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  registerDocumentFonts();
  const source = await exampleDocumentSource();
  const recipientId = familyPlanRecipients(source)[0]?.id ?? null;
  const familyPlan = { kind: 'family-plan', printSize: 'standard', recipientId } as const;
  const figures: Record<string, number> = {};

  figures['family_plan_render_ms_median'] = await inProcess(source, familyPlan);
  figures['family_plan_large_print_render_ms_median'] = await inProcess(source, { ...familyPlan, printSize: 'large' });
  figures['record_render_ms_median'] = await inProcess(source, { kind: 'record', printSize: 'standard', recipientId: null });

  // As the app makes them: on the worker thread, the PDF copied back to the main thread.
  const renderer = createDocumentRenderer();
  try {
    const coldStarted = performance.now();
    await renderer.render(familyPlan, source);
    figures['family_plan_worker_cold_ms'] = Math.round(performance.now() - coldStarted);
    await timed(WARM_UP, () => renderer.render(familyPlan, source));
    let heap = 0;
    figures['family_plan_worker_ms_median'] = median(
      await timed(RUNS, async () => {
        heap = (await renderer.render(familyPlan, source)).workerHeapBytes;
      }),
    );
    figures['record_worker_ms_median'] = median(await timed(RUNS, () => renderer.render({ kind: 'record', printSize: 'standard', recipientId: null }, source)));
    figures['worker_heap_mb_after_renders'] = Math.round(heap / MB);
    figures['process_rss_mb_after_renders'] = Math.round(process.memoryUsage().rss / MB);
  } finally {
    await renderer.close();
  }

  const chromium = await chromiumPagePdf(source, recipientId ?? '');
  figures['chromium_page_pdf_tagged_ms_median'] = chromium.warm;
  figures['chromium_launch_to_first_pdf_ms'] = chromium.cold;
  return figures;
}
