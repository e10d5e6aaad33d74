/**
 * Measuring the checker against a labelled corpus (language guide 4.8): each sentence is checked
 * as family-facing text, a category counts as raised at warning or error, and the scores are
 * sentence-level precision and recall plus per-category precision, recall and F1.
 */
import { checkText } from './check';
import type { CheckOptions } from './check';
import type { Category } from './types';
import { CATEGORIES } from './types';

export interface CorpusRow {
  readonly id: string;
  readonly text: string;
  readonly expected: ReadonlySet<Category>;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Evaluation extends Scores {
  readonly clean_false_flag_rate: number;
  readonly per_category: Readonly<Record<string, Scores & { readonly tp: number; readonly fp: number; readonly fn: number }>>;
  readonly sentences: number;
  readonly misses: readonly { readonly id: string; readonly text: string; readonly expected: readonly string[]; readonly raised: readonly string[] }[];
}

const KNOWN: ReadonlySet<string> = new Set(CATEGORIES);

/** A tab-separated file with a header row naming `id`, `text` and `expected_flags` (categories
 *  separated by ";"). No quoting: quotation marks are part of the text. */
export function parseCorpus(tsv: string): readonly CorpusRow[] {
  const lines = tsv.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim());
  const idColumn = header.indexOf('id');
  const textColumn = header.indexOf('text');
  const flagsColumn = header.indexOf('expected_flags');
  if (idColumn === -1 || textColumn === -1 || flagsColumn === -1) {
    throw new Error('The corpus needs a header row with the columns id, text and expected_flags.');
  }
  const rows: CorpusRow[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim().length === 0) continue;
    const cells = line.split('\t');
    const flags = (cells[flagsColumn] ?? '').split(';').map((flag) => flag.trim()).filter((flag) => flag.length > 0);
    const unknown = flags.filter((flag) => !KNOWN.has(flag));
    if (unknown.length > 0) throw new Error(`Row ${cells[idColumn] ?? '?'}: unknown categories ${unknown.join(', ')}.`);
    rows.push({ id: cells[idColumn] ?? '', text: cells[textColumn] ?? '', expected: new Set(flags as Category[]) });
  }
  return rows;
}

function ratio(numerator: number, denominator: number, empty: number): number {
  return denominator === 0 ? empty : numerator / denominator;
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = ratio(tp, tp + fp, 1);
  const recall = ratio(tp, tp + fn, 1);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The categories the checker raises for one text, at warning or error. */
export function raisedCategories(text: string, options: CheckOptions = { audience: 'family' }): ReadonlySet<Category> {
  const raised = new Set<Category>();
  for (const finding of checkText(text, options)) if (finding.severity === 'warning' || finding.severity === 'error') raised.add(finding.category);
  return raised;
}

export function evaluate(rows: readonly CorpusRow[], options: CheckOptions = { audience: 'family' }): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let clean = 0;
  let cleanFlagged = 0;
  const perCategory = new Map<Category, { tp: number; fp: number; fn: number }>(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]));
  const misses: { id: string; text: string; expected: string[]; raised: string[] }[] = [];
  for (const row of rows) {
    const raised = raisedCategories(row.text, options);
    const expectedAny = row.expected.size > 0;
    const raisedAny = raised.size > 0;
    if (expectedAny && raisedAny) tp += 1;
    if (!expectedAny && raisedAny) fp += 1;
    if (expectedAny && !raisedAny) fn += 1;
    if (!expectedAny) {
      clean += 1;
      if (raisedAny) cleanFlagged += 1;
    }
    let differs = false;
    for (const category of CATEGORIES) {
      const counts = perCategory.get(category);
      if (counts === undefined) continue;
      const expected = row.expected.has(category);
      const got = raised.has(category);
      if (expected && got) counts.tp += 1;
      if (!expected && got) counts.fp += 1;
      if (expected && !got) counts.fn += 1;
      if (expected !== got) differs = true;
    }
    if (differs) misses.push({ id: row.id, text: row.text, expected: [...row.expected], raised: [...raised] });
  }
  const per_category: Record<string, Scores & { tp: number; fp: number; fn: number }> = {};
  for (const [category, counts] of perCategory) per_category[category] = { ...scores(counts.tp, counts.fp, counts.fn), ...counts };
  return { ...scores(tp, fp, fn), clean_false_flag_rate: ratio(cleanFlagged, clean, 0), per_category, sentences: rows.length, misses };
}
