import { describe, expect, it } from 'vitest';
import { numberSyllables, readability, wordSyllables } from '../../shared/language/readability';
import { splitSentences } from '../../shared/language/tokenise';
import { DEFAULT_LANGUAGE_TARGETS } from '../../shared/language/types';

describe('the fixed readability method', () => {
  it('has the agreed default targets', () => {
    expect(DEFAULT_LANGUAGE_TARGETS).toEqual({ minReadingEase: 60, maxReadingAge: 11, maxSentenceWords: 25 });
  });

  it('does not end a sentence at a title, an initial or "e.g."', () => {
    const text = 'Dr S. Malik saw Leo, e.g. on Monday. Mr Foster rang Tom.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Dr S. Malik saw Leo, e.g. on Monday.', 'Mr Foster rang Tom.']);
  });

  it('counts syllables with UK exceptions, numbers as spoken and acronyms letter by letter', () => {
    expect(wordSyllables('behaviour')).toBe(3);
    expect(wordSyllables('theatre')).toBe(3);
    expect(wordSyllables('NHS')).toBe(3);
    expect(numberSyllables(14)).toBe(2); // four-teen
    expect(numberSyllables(82)).toBe(3); // eigh-ty-two
    expect(numberSyllables(104)).toBe(5); // one hun-dred and four
    expect(numberSyllables(2026)).toBe(7); // two thou-sand and twen-ty-six
  });

  // Worked by hand: section 1 has 6 words, 8 syllables (Ru-by, Le-o), 2 sentences;
  // section 2 has 5 words, 7 syllables (vis-it, ev-ery), 1 sentence.
  it('scores a document and each section as worked out by hand', () => {
    const result = readability('Ruby reads well. Leo likes trains.\n\nTom will visit every week.');
    expect(result.sections).toHaveLength(2);
    const [first, second] = result.sections;
    expect(first).toMatchObject({ words: 6, syllables: 8, sentences: 2 });
    // FRE = 206.835 − 1.015 × 3 − 84.6 × 8/6 = 90.99; FKGL = 0.39 × 3 + 11.8 × 8/6 − 15.59 = 1.31
    expect(first?.fleschReadingEase).toBe(91);
    expect(first?.fleschKincaidGrade).toBe(1.3);
    expect(first?.readingAge).toBe(6.3);
    // FRE = 206.835 − 5.075 − 84.6 × 7/5 = 83.32
    expect(second?.fleschReadingEase).toBe(83.3);
    // Whole: 11 words, 15 syllables, 3 sentences: FRE 87.75, FKGL 1.93.
    expect(result).toMatchObject({ words: 11, syllables: 15, sentences: 3, fleschReadingEase: 87.7, fleschKincaidGrade: 1.9, readingAge: 6.9 });
    expect(result.meetsTargets).toBe(true);
  });

  it('reports a hard paragraph as missing the targets', () => {
    const text = 'The multi-agency safeguarding arrangements necessitate comprehensive consideration of parental capacity, environmental circumstances and developmental vulnerabilities, alongside the contributions of participating organisations and professional representatives at every meeting held in the borough.';
    const result = readability(text);
    expect(result.fleschReadingEase ?? 100).toBeLessThan(60);
    expect(result.readingAge ?? 0).toBeGreaterThan(11);
    expect(result.longSentences).toBe(1);
    expect(result.meetsTargets).toBe(false);
  });

  it('scores an empty text as nothing to score', () => {
    expect(readability('  \n ')).toMatchObject({ words: 0, fleschReadingEase: null, readingAge: null, meetsTargets: true });
  });
});
