/**
 * Speed of the documents (issue 7, item 7; issue 13): the example family's plan, the child's own
 * copy and the full conference record, made warm (medians after a warm-up), both in-process and
 * through the document worker as the app makes them; every family-facing document of the example
 * (the family's plan and a decision letter for every recipient and the child's own copy, in both
 * print sizes) asked for in one action, on two workers and on one; the worker's memory; and, for
 * comparison, Chromium's tagged page.pdf of equivalent HTML in the same run. Targets: one family's
 * plan under 300 ms warm, every family-facing document under 2 s warm, the record under 1 s.
 *
 * The machine is shared with other work, so wall-clock times move with its load: the load average
 * is recorded at the start and the end, and the processor time used (every thread of the process,
 * the workers' included) beside the wall-clock time, which load moves much less. The plan is also
 * made with the shaping remembered from earlier documents forgotten first (`new_text`), as for a
 * family whose words were never laid out before.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createDocumentRenderer } from '../electron/pdf/document-renderer';
import { documentFor } from '../electron/pdf/documents/index';
import { renderTaggedPdf } from '../electron/pdf/render';
import { forgetShaping } from '../electron/pdf/shaping-cache';
import { registerDocumentFonts } from '../electron/pdf/typeface';
import { childPlanRecipients } from '../shared/documents/child-plan';
import { buildFamilyPlan, familyPlanRecipients } from '../shared/documents/family-plan';
import type { MakeDocument } from '../shared/documents/request';
import type { DocumentSource } from '../shared/documents/source';
import { EXAMPLE_CHILD_COPIES, EXAMPLE_CHILDREN } from '../shared/example/price-mills';
import { letterRecipients } from '../shared/letter/letter-recipients';
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

/** Warm in-process; `newText` forgets the shaping remembered from earlier documents first, as for words never shaped before. */
async function inProcess(source: DocumentSource, request: Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'>, newText = false): Promise<number> {
  const render = () => {
    if (newText) forgetShaping();
    return renderTaggedPdf(documentFor(request, source).element);
  };
  await timed(WARM_UP, render);
  return median(await timed(RUNS, render));
}

/** Processor time of the whole process (every thread, so the workers too) while the action runs, in ms. */
async function withCpu(action: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await action();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
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

type Request = Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'>;
const BATCH_RUNS = 5;

/** Every family-facing document of the example, as the documents script makes them: each recipient, both print sizes. */
function familyFacing(source: DocumentSource): Request[] {
  const chosen: ReadonlySet<string> = new Set(EXAMPLE_CHILD_COPIES.map((key) => EXAMPLE_CHILDREN[key].givenName));
  const children = childPlanRecipients(source).filter((child) => child.offeredByDefault || chosen.has(source.conference.children.find((c) => c.id === child.id)?.givenName ?? ''));
  const recipients: [Request['kind'], string][] = [
    ...familyPlanRecipients(source).map((r) => ['family-plan', r.id] as [Request['kind'], string]),
    ...letterRecipients(source).map((r) => ['letter', r.id] as [Request['kind'], string]),
    ...children.map((c) => ['child-plan', c.id] as [Request['kind'], string]),
  ];
  return recipients.flatMap(([kind, recipientId]) => (['standard', 'large'] as const).map((printSize) => ({ kind, printSize, recipientId })));
}

/** Every family-facing document asked for at once, on warm workers: the median time for the whole batch, and the processor time it used. */
async function allAtOnce(source: DocumentSource, workers: number): Promise<{ ms: number; cpuMs: number }> {
  const requests = familyFacing(source);
  const renderer = createDocumentRenderer({ workers });
  try {
    await renderer.warmUp(true);
    const batch = () => Promise.all(requests.map((request) => renderer.render(request, source)));
    await timed(2, batch);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < BATCH_RUNS; i += 1) {
      const started = performance.now();
      cpu.push(await withCpu(batch));
      times.push(performance.now() - started);
    }
    return { ms: median(times), cpuMs: median(cpu) };
  } finally {
    await renderer.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  registerDocumentFonts();
  const source = await exampleDocumentSource();
  const recipientId = familyPlanRecipients(source)[0]?.id ?? null;
  const familyPlan = { kind: 'family-plan', printSize: 'standard', recipientId } as const;
  const figures: Record<string, number> = {};
  // The machine is shared: the load when the bench starts and ends says how far to trust wall-clock times.
  figures['load_average_at_start'] = Math.round((loadavg()[0] ?? 0) * 10) / 10;

  figures['family_plan_render_ms_median'] = await inProcess(source, familyPlan);
  figures['family_plan_render_new_text_ms_median'] = await inProcess(source, familyPlan, true);
  figures['family_plan_large_print_render_ms_median'] = await inProcess(source, { ...familyPlan, printSize: 'large' });
  figures['record_render_ms_median'] = await inProcess(source, { kind: 'record', printSize: 'standard', recipientId: null });
  const child = familyFacing(source).find((request) => request.kind === 'child-plan');
  if (child) figures['child_plan_render_ms_median'] = await inProcess(source, child);

  // As the app makes them: on the worker thread, the PDF copied back to the main thread.
  const renderer = createDocumentRenderer();
  try {
    const coldStarted = performance.now();
    await renderer.render(familyPlan, source);
    figures['family_plan_worker_cold_ms'] = Math.round(performance.now() - coldStarted);
    await timed(WARM_UP, () => renderer.render(familyPlan, source));
    let heap = 0;
    const phases: { layout: number[]; draw: number[]; cpu: number[] } = { layout: [], draw: [], cpu: [] };
    figures['family_plan_worker_ms_median'] = median(
      await timed(RUNS, async () => {
        let made: Awaited<ReturnType<typeof renderer.render>> | undefined;
        phases.cpu.push(await withCpu(async () => (made = await renderer.render(familyPlan, source))));
        heap = made?.workerHeapBytes ?? 0;
        phases.layout.push(made?.timings.layout ?? Number.NaN);
        phases.draw.push(made?.timings.draw ?? Number.NaN);
      }),
    );
    // Where its time goes: laying out, drawing, and the processor time of the whole process for it.
    figures['family_plan_worker_layout_ms_median'] = median(phases.layout);
    figures['family_plan_worker_draw_ms_median'] = median(phases.draw);
    figures['family_plan_worker_cpu_ms_median'] = median(phases.cpu);
    figures['record_worker_ms_median'] = median(await timed(RUNS, () => renderer.render({ kind: 'record', printSize: 'standard', recipientId: null }, source)));
    figures['worker_heap_mb_after_renders'] = Math.round(heap / MB);
    figures['process_rss_mb_after_renders'] = Math.round(process.memoryUsage().rss / MB);
  } finally {
    await renderer.close();
  }

  figures['family_facing_documents'] = familyFacing(source).length;
  const two = await allAtOnce(source, 2);
  figures['family_facing_all_two_workers_ms_median'] = two.ms;
  figures['family_facing_all_two_workers_cpu_ms_median'] = Math.round(two.cpuMs);
  const one = await allAtOnce(source, 1);
  figures['family_facing_all_one_worker_ms_median'] = one.ms;
  figures['family_facing_all_one_worker_cpu_ms_median'] = Math.round(one.cpuMs);

  const chromium = await chromiumPagePdf(source, recipientId ?? '');
  figures['chromium_page_pdf_tagged_ms_median'] = chromium.warm;
  figures['chromium_launch_to_first_pdf_ms'] = chromium.cold;
  figures['load_average_at_end'] = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  return figures;
}
