/**
 * npm run eval:language -- --corpus FILE [--verbose]
 *
 * Checks each sentence of a labelled corpus as family-facing text and prints, as its last line,
 * one JSON object with sentence-level precision, recall, F1, the false-flag rate on clean
 * sentences, and per-category scores. --verbose lists the sentences where the labels differ.
 */
import { readFileSync } from 'node:fs';
import { evaluate, parseCorpus } from '../shared/language/evaluate';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function main(): number {
  const file = argument('--corpus');
  if (file === undefined) {
    process.stderr.write('Usage: npm run eval:language -- --corpus FILE [--verbose]\n');
    return 2;
  }
  const result = evaluate(parseCorpus(readFileSync(file, 'utf8')));
  if (process.argv.includes('--verbose')) {
    for (const miss of result.misses) {
      process.stdout.write(`${miss.id}\texpected [${miss.expected.join(';')}]\traised [${miss.raised.join(';')}]\t${miss.text}\n`);
    }
  }
  const perCategory = Object.fromEntries(
    Object.entries(result.per_category).map(([category, s]) => [category, { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), tp: s.tp, fp: s.fp, fn: s.fn }]),
  );
  const summary = {
    precision: round(result.precision),
    recall: round(result.recall),
    f1: round(result.f1),
    clean_false_flag_rate: round(result.clean_false_flag_rate),
    per_category: perCategory,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

process.exitCode = main();
