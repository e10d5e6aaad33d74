import { describe, expect, it } from 'vitest';
import { applySuggestion, checkParagraphs, checkText, createChecker } from '../../shared/language/check';

describe('findings', () => {
  it('carry UTF-16 offsets into the input, even after curly quotes and emoji', () => {
    const text = '“Hi” 😀 Ruby has contact with Aaron.';
    const [finding] = checkText(text, { audience: 'family' });
    expect(finding).toBeDefined();
    if (finding === undefined) return;
    expect(text.slice(finding.start, finding.end)).toBe('contact');
    expect(finding.text).toBe('contact');
    expect(finding.ruleId).toBe('system-jargon.contact');
    expect(finding.message.length).toBeGreaterThan(0);
  });

  it('give offsets into the whole text across lines', () => {
    const text = 'Ruby reads well.\nThe ICPC is on Thursday.';
    const [finding] = checkText(text, { audience: 'family' });
    expect(finding && text.slice(finding.start, finding.end)).toBe('ICPC');
  });

  it('grade by audience: jargon is information in the professional record', () => {
    const [finding] = checkText('The core group meets monthly.', { audience: 'professional' });
    expect(finding?.severity).toBe('info');
  });
});

describe('applying a suggestion', () => {
  it('swaps a US spelling for the UK one, keeping capital letters', () => {
    const text = 'Behavior at home is calmer.';
    const [finding] = checkText(text, { audience: 'family' });
    expect(finding?.suggestions[0]).toEqual({ text: 'Behaviour', safe: true });
    if (finding === undefined) return;
    expect(applySuggestion(text, finding, 0)).toBe('Behaviour at home is calmer.');
  });

  it('leaves the text alone if it changed since the check', () => {
    const text = 'Ruby likes her favorite book.';
    const [finding] = checkText(text, { audience: 'family' });
    if (finding === undefined) throw new Error('expected a finding');
    expect(applySuggestion('Something else entirely now.', finding, 0)).toBe('Something else entirely now.');
  });
});

describe('incremental checking', () => {
  const paragraphs = [
    'The Independent Reviewing Officer (IRO) is Priya.',
    'The IRO will write to Danielle. Tom will liaise with the school.',
    'Ruby has contact with Aaron.',
  ];

  it('shares acronym definitions across the paragraphs of one document', () => {
    const results = checkParagraphs(paragraphs, { audience: 'family' });
    expect(results[1]?.map((f) => f.category)).toEqual(['officialese']);
    expect(results[2]?.map((f) => f.category)).toEqual(['system-jargon']);
  });

  it('gives the same findings as a full check when re-checking after an edit', () => {
    const checker = createChecker({ audience: 'family' });
    const before = paragraphs.join('\n');
    expect(checker.check(before)).toEqual(checkText(before, { audience: 'family' }));
    const after = [...paragraphs.slice(0, 2), 'Ruby will see Aaron every other weekend.'].join('\n');
    expect(checker.check(after)).toEqual(checkText(after, { audience: 'family' }));
  });
});
