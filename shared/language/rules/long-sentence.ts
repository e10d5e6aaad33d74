import type { RuleInput } from '../schema';

/** Sentences longer than the target (default 25 words) in text the family will read
 *  (guide 1.3 J and section 3). The limit comes from the targets passed to the check. */

export const longSentenceRules: readonly RuleInput[] = [
  {
    id: 'long-sentence.too-long',
    kind: 'sentence-length',
    category: 'long-sentence',
    severity: { professional: 'info', family: 'warning' },
    errorOverWords: 40,
    message: 'This sentence is long. Try splitting it into two or three shorter ones.',
    why: 'Plain English Campaign suggests 15 to 20 words on average; long sentences are hard to follow.',
    source: ['Plain English Campaign', 'Easy Read guidance', 'Language guide 1.3 J'],
    suggestions: [{ text: 'Split into shorter sentences, one idea each', safe: false }],
    examples: {
      flag: [
        'Femi will visit Maya and Levi at home at least every ten working days and will see Maya on her own in her bedroom or in the garden so that she can talk about how things are at home.',
      ],
      pass: ['Femi will visit Maya and Levi every ten working days.'],
    },
  },
];
