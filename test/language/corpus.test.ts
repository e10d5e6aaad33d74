import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus } from '../../shared/language/evaluate';

const corpus = parseCorpus(readFileSync(fileURLToPath(new URL('./corpus.tsv', import.meta.url)), 'utf8'));

describe('the development corpus', () => {
  it('has at least 250 sentences, about half of them clean', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    const clean = corpus.filter((row) => row.expected.size === 0).length;
    expect(clean / corpus.length).toBeGreaterThan(0.4);
    expect(clean / corpus.length).toBeLessThan(0.6);
  });

  it('meets the release targets: precision 0.90, recall 0.85, false flags on clean sentences 5% or fewer', () => {
    const result = evaluate(corpus);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
    expect(result.clean_false_flag_rate).toBeLessThanOrEqual(0.05);
  });

  it('finds vague statements (issue 18): recall 0.85 or more at precision 0.90 or more, no other category worse than before', () => {
    const result = evaluate(corpus);
    const vague = result.per_category['vague'];
    expect(vague?.recall).toBeGreaterThanOrEqual(0.85);
    expect(vague?.precision).toBeGreaterThanOrEqual(0.9);
    // Each category's figures on this corpus before the vague rules of issue 18 were added.
    const before: Record<string, { precision: number; recall: number }> = { 'passive-agentless': { precision: 21 / 22, recall: 1 } };
    for (const [category, scores] of Object.entries(result.per_category)) {
      if (category === 'vague') continue;
      const floor = before[category] ?? { precision: 1, recall: 1 };
      expect(scores.precision, `${category} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(scores.recall, `${category} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  });
});
