/**
 * Speed of the language checks (issue 6, item 7): a full check of a 5,000-word conference
 * document, re-checking one edited paragraph with the per-line cache, and the retext stack
 * (alex's rules via retext-equality and retext-profanities, retext-readability, retext-simplify,
 * retext-passive on retext-english) on the same text in the same run, for the ratio.
 * Targets: full check under 10 ms, an edited paragraph under 1 ms (medians after a warm-up).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextPassive from 'retext-passive';
import retextProfanities from 'retext-profanities';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { unified } from 'unified';
import { checkText, countWords, createChecker, type CheckOptions } from '../shared/language';
import { EXAMPLE_CHILDREN, EXAMPLE_FAMILY, EXAMPLE_PROFESSIONALS } from '../shared/example/price-mills';

export const TARGET_WORDS = 5_000;
const RUNS = 30;
const WARM_UP = 5;

/** Sentences from the labelled corpus, in paragraphs of five, repeated until 5,000 words. */
export function benchmarkDocument(): string {
  const corpus = readFileSync(fileURLToPath(new URL('../test/language/corpus.tsv', import.meta.url)), 'utf8');
  const sentences = corpus
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1]?.trim() ?? '')
    .filter((sentence) => sentence.length > 0);
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i += 5) {
    const paragraph = Array.from({ length: 5 }, (_, j) => sentences[(i + j) % sentences.length]).join(' ');
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return paragraphs.join('\n');
}

/** The example family's and professionals' names, as the app passes them. */
export function exampleNames(): string[] {
  return [
    ...Object.values(EXAMPLE_CHILDREN).flatMap((child) => [child.givenName, child.familyName]),
    ...EXAMPLE_FAMILY.flatMap((member) => [member.details.givenName, member.details.familyName, `${member.details.givenName} ${member.details.familyName}`]),
    ...EXAMPLE_PROFESSIONALS.map((professional) => professional.name),
  ].filter((name) => name.length > 1);
}

async function timeMedian(runs: number, warmUp: number, task: (run: number) => unknown): Promise<number> {
  for (let i = 0; i < warmUp; i += 1) await task(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 0 ? ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2 : (times[middle] ?? 0);
}

async function cpuMedian(runs: number, task: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const before = process.cpuUsage();
    await task();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const round = (value: number, places = 3) => Number(value.toFixed(places));

export async function run(): Promise<Record<string, number>> {
  const text = benchmarkDocument();
  const lines = text.split('\n');
  const options: CheckOptions = { audience: 'family', names: exampleNames(), places: ['Northmere', 'Hollins Lane Primary'] };

  // The first check in a fresh process, with nothing compiled (the app warms up first: see
  // language-start.bench.ts).
  const coldCpu = process.cpuUsage();
  const coldStart = performance.now();
  const findings = checkText(text, options);
  const coldMs = performance.now() - coldStart;
  const coldCpuUsed = process.cpuUsage(coldCpu);
  const fullMs = await timeMedian(RUNS, WARM_UP, () => checkText(text, options));
  // CPU time too: on a shared, busy machine wall-clock time includes waiting for a core.
  const fullCpuMs = await cpuMedian(RUNS, () => checkText(text, options));

  // One paragraph changes each run (a new word, so the cache cannot already hold it).
  const checker = createChecker(options);
  checker.check(text);
  const middle = Math.floor(lines.length / 2);
  const edited = (run: number) => lines.map((line, index) => (index === middle ? `${line} Tom visited on day ${run + 1000}.` : line)).join('\n');
  const editMs = await timeMedian(RUNS, WARM_UP, (run) => checker.check(edited(run)));

  const retext = unified()
    .use(retextEnglish)
    .use(retextEquality)
    .use(retextProfanities)
    .use(retextReadability, { age: 12 })
    .use(retextSimplify)
    .use(retextPassive);
  // Parse and run (no compiler is needed to collect messages), as `process` would.
  const check = () =>
    new Promise<number>((resolve, reject) => {
      retext.run(retext.parse(text), text, (error, _tree, file) => {
        if (error || !file) reject(error ?? new Error('retext failed'));
        else resolve(file.messages.length);
      });
    });
  const retextColdStart = performance.now();
  const retextMessages = await check();
  const retextColdMs = performance.now() - retextColdStart;
  const retextMs = await timeMedian(RUNS, 3, check);

  return {
    words: countWords(text),
    paragraphs: lines.length,
    findings: findings.length,
    full_check_ms_first: round(coldMs),
    full_check_cpu_ms_first: round((coldCpuUsed.user + coldCpuUsed.system) / 1000),
    full_check_ms_median: round(fullMs),
    full_check_cpu_ms_median: round(fullCpuMs),
    edited_paragraph_ms_median: round(editMs),
    retext_messages: retextMessages,
    retext_ms_first: round(retextColdMs),
    retext_ms_median: round(retextMs),
    retext_over_confer_ratio: round(retextMs / fullMs, 1),
    meets_full_target_10ms: fullMs < 10 ? 1 : 0,
    meets_edit_target_1ms: editMs < 1 ? 1 : 0,
  };
}

/** A table of figures, then the figures as one JSON object on the last line. */
export function report(figures: Readonly<Record<string, number>>): string {
  const width = Math.max(...Object.keys(figures).map((key) => key.length));
  const rows = Object.entries(figures).map(([key, value]) => `${key.padEnd(width)}  ${String(value).padStart(10)}`);
  return [`${'figure'.padEnd(width)}  ${'value'.padStart(10)}`, '-'.repeat(width + 12), ...rows, JSON.stringify(figures)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${report(await run())}\n`);
}
