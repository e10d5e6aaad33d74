import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestion, checkText, suggestionEdit } from '../../shared/language/check';
import { NATIONAL_PACK } from '../../shared/language/national-pack';
import type { Rule } from '../../shared/language/schema';
import type { Audience, ConferencePeople, Finding } from '../../shared/language/types';
import { EXAMPLE_CHILDREN, EXAMPLE_FAMILY, EXAMPLE_PROFESSIONALS } from '../../shared/example/price-mills';

/** The example case's names: the fixture in the code, plus the reference case if it is here. */
function exampleNames(): Set<string> {
  const names = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(/[\s.]+/u)) if (/^[A-Z][a-z]{2,}$/u.test(part)) names.add(part);
  };
  for (const child of Object.values(EXAMPLE_CHILDREN)) add(`${child.givenName} ${child.familyName}`);
  for (const member of EXAMPLE_FAMILY) add(`${member.details.givenName} ${member.details.familyName} ${member.details.contactDetails}`);
  for (const professional of EXAMPLE_PROFESSIONALS) add(`${professional.name} ${professional.organisation}`);
  const reference = '/work/shared/domain/example-case.md';
  if (existsSync(reference)) {
    const participants = readFileSync(reference, 'utf8').match(/\*\*Household and network:\*\*[\s\S]*?\*\*Why the conference|\*\*Participants:\*\*[\s\S]*?\*\*Restricted/gu) ?? [];
    for (const section of participants) for (const name of section.match(/\b(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+\b/gu) ?? []) add(name);
  }
  for (const word of NOT_NAMES) names.delete(word);
  return names;
}

// Ordinary words that sit in the example's names of places and services ("Public Protection Unit").
const NOT_NAMES = ['Lane', 'Primary', 'Father', 'Mother', 'Aunt', 'Public', 'Protection', 'Unit', 'Three', 'Houses', 'Health', 'Police', 'Service', 'Council', 'Practice', 'Hospital', 'Nursery', 'Medical', 'Parent', 'Advocacy', 'Alcohol', 'Close', 'Staying', 'With', 'His', 'Brother', 'Agreed', 'Safety', 'Arrangement', 'The', 'Children', 'Social', 'Care'];
// Everyday words that are also the example's names ("foster care", "a grace period"): only a
// capitalised use counts for these.
const EVERYDAY = new Set(['Foster', 'Price', 'Grace', 'Mills', 'Owen', 'Cole', 'Alder']);

function textsOf(rule: Rule): { where: string; text: string; exact: boolean }[] {
  const texts: { where: string; text: string; exact: boolean }[] = [
    { where: 'message', text: rule.message, exact: false },
    { where: 'why', text: rule.why, exact: false },
    ...rule.suggestions.map((s) => ({ where: 'suggestion', text: s.text, exact: false })),
    ...rule.examples.flag.map((text) => ({ where: 'flag example', text, exact: false })),
    ...rule.examples.pass.map((text) => ({ where: 'pass example', text, exact: false })),
  ];
  if (rule.kind === 'phrase') {
    texts.push(...rule.patterns.map((text) => ({ where: 'pattern', text, exact: rule.caseSensitive })));
    texts.push(...rule.rewrites.flatMap((rewrite) => [{ where: 'rewrite', text: rewrite.match, exact: false }, ...rewrite.to.map((text) => ({ where: 'rewrite', text, exact: false }))]));
  }
  if (rule.kind === 'phrase' || rule.kind === 'swap') {
    texts.push(...[...rule.exceptions.before, ...rule.exceptions.after, ...rule.exceptions.afterExact].map((text) => ({ where: 'exception', text, exact: false })));
  }
  return texts;
}

describe('no example-family names in the rules', () => {
  const names = exampleNames();

  it('knows the example names it looks for', () => {
    expect([...names].filter((name) => !/^[A-Z][a-z]+$/u.test(name))).toEqual([]);
    for (const name of ['Ruby', 'Leo', 'Danielle', 'Jordan', 'Carol', 'Tom', 'Megan', 'Aaron', 'Priya', 'Grace']) expect(names.has(name), name).toBe(true);
  });

  for (const rule of NATIONAL_PACK.rules) {
    it(`${rule.id}: patterns, rewrites, suggestions, messages and examples name nobody from the example case`, () => {
      for (const { where, text, exact } of textsOf(rule)) {
        for (const name of names) {
          const everyday = EVERYDAY.has(name);
          // Patterns are matched without regard to case, so a lower-case "ruby" counts there too.
          const flags = everyday || exact || where !== 'pattern' ? 'u' : 'iu';
          const found = new RegExp(`(?<![A-Za-z])${name}(?![a-z])`, flags).test(text);
          expect(found, `${where} of ${rule.id} names "${name}": ${text}`).toBe(false);
        }
      }
    });
  }
});

/** An invented family, unlike the example: Maya (12) and Levi (6), Mum Kirsty and Dad Dean. */
const PEOPLE: ConferencePeople = {
  children: [
    { name: 'Maya', age: 12 },
    { name: 'Levi', age: 6 },
  ],
  parents: [
    { name: 'Kirsty', calledBy: 'Mum' },
    { name: 'Dean', calledBy: 'Dad' },
  ],
};

const audienceFor = (rule: Rule): Audience => (rule.severity.family !== 'off' ? 'family' : 'professional');

/** The one-click changes: those the screen offers as "Change to …". */
const oneClick = (finding: Finding) => finding.suggestions.map((suggestion, index) => ({ suggestion, index })).filter(({ suggestion }) => suggestion.replace ?? suggestion.safe);

const punctuation = (text: string) => text.replace(/[^.,;:!?]/gu, '');

describe('every one-click change, applied to its rule\'s own flag examples', () => {
  for (const rule of NATIONAL_PACK.rules) {
    it(`${rule.id}: reads as a sentence, no longer flagged by the rule, punctuation kept`, () => {
      const audience = audienceFor(rule);
      for (const people of [PEOPLE, undefined]) {
        for (const example of rule.examples.flag) {
          const findings = checkText(example, { audience, people }).filter((finding) => finding.ruleId === rule.id);
          for (const finding of findings) {
            for (const { suggestion, index } of oneClick(finding)) {
              const changed = applySuggestion(example, finding, index);
              const edit = suggestionEdit(example, finding, index);
              const label = `${rule.id}: "${example}" → "${changed}"`;
              expect(edit, label).not.toBeNull();
              expect(changed, label).not.toBe(example);
              // No placeholder left, and no name unless the conference gave it.
              expect(changed, label).not.toMatch(/\{[a-z]+\}/u);
              if (people === undefined) for (const name of ['Maya', 'Levi', 'Kirsty', 'Dean']) if (!example.includes(name)) expect(changed, label).not.toContain(name);
              // Not flagged again by this rule where the change went.
              const end = (edit?.start ?? 0) + (edit?.text.length ?? 0);
              const again = checkText(changed, { audience, people }).filter((f) => f.ruleId === rule.id && f.start < end && (edit?.start ?? 0) < f.end);
              expect(again.map((f) => f.text), label).toEqual([]);
              // No doubled words or articles ("the the", "the Maya's plan").
              expect(changed, label).not.toMatch(/\b([A-Za-z]+)\s+\1\b/iu);
              expect(changed, label).not.toMatch(/\b(?:the|a|an)\s+(?:the|a|an|his|her|their|my|your|our)\b/iu);
              expect(changed, label).not.toMatch(/\b(?:[Tt]he|[Aa]n?)\s+[A-Z][a-z]+['’]s\b/u);
              expect(changed, label).not.toMatch(/\b(?:[Tt]he|[Aa]n?)\s+(?:Maya|Levi|Kirsty|Dean|Mum|Dad)\b/u);
              expect(changed, label).not.toMatch(/\ba\s+[aeiou]/iu);
              // Punctuation kept: the same marks in the same order, and a capital to start.
              expect(punctuation(changed), label).toBe(punctuation(example.slice(0, finding.start)) + punctuation(suggestion.text) + punctuation(example.slice(finding.end)));
              if (/^[A-Z]/u.test(example)) expect(changed, label).toMatch(/^[A-Z]/u);
            }
          }
        }
      }
    });
  }
});

describe('suggestions that name people', () => {
  it('take the names from the conference being written, and are left out without one', () => {
    const text = 'The mother said she would call the police.';
    const withPeople = checkText(text, { audience: 'family', people: PEOPLE }).find((f) => f.ruleId === 'depersonalising.the-mother');
    expect(withPeople?.suggestions.map((s) => s.text)).toEqual(['Kirsty', 'Mum']);
    const without = checkText(text, { audience: 'family' }).find((f) => f.ruleId === 'depersonalising.the-mother');
    expect(without?.suggestions.map((s) => s.text)).toEqual(['Mum']);
  });

  it('put a name in place of a label without leaving its article behind', () => {
    const text = 'The subject child lives with her mother.';
    const finding = checkText(text, { audience: 'family', people: PEOPLE }).find((f) => f.ruleId === 'depersonalising.labels');
    if (!finding) throw new Error('expected a finding');
    expect(finding.suggestions.filter((s) => s.replace).map((s) => s.text)).toEqual(['Maya']);
    expect(applySuggestion(text, finding, 0)).toBe('Maya lives with her mother.');
  });

  it('turn "failed to take X to" round: X was not brought to', () => {
    const text = 'Dad failed to take Maya to her eye test.';
    const finding = checkText(text, { audience: 'family', people: PEOPLE }).find((f) => f.ruleId === 'deficit-blame.not-brought');
    expect(finding).toBeDefined();
    if (!finding) return;
    expect(applySuggestion(text, finding, 0)).toBe('Maya was not brought to her eye test.');
  });

  it('explain a process term in place, so the record keeps it and the family can follow it', () => {
    const text = 'Mum will come before the core group.';
    const finding = checkText(text, { audience: 'family', people: PEOPLE }).find((f) => f.ruleId === 'system-jargon.process-terms');
    if (!finding) throw new Error('expected a finding');
    const changed = applySuggestion(text, finding, 0);
    expect(changed).toBe('Mum will come before the core group (the people who meet to help with the plan).');
    expect(checkText(changed, { audience: 'family' }).filter((f) => f.ruleId === 'system-jargon.process-terms')).toEqual([]);
  });

  it('drop an article the new words bring their own of, and fit "a" or "an"', () => {
    const finding: Finding = { ruleId: 'x', category: 'system-jargon', severity: 'warning', start: 13, end: 23, text: 'core group', message: '', suggestions: [{ text: 'Maya\'s plan', safe: false, replace: true }, { text: 'early meeting', safe: false, replace: true }] };
    expect(applySuggestion('Mum missed the core group.', { ...finding, start: 15, end: 25 }, 0)).toBe('Mum missed Maya\'s plan.');
    expect(applySuggestion('Mum missed a core group.', finding, 1)).toBe('Mum missed an early meeting.');
  });
});

describe('"boyfriend" for an adult with a child', () => {
  it('is flagged when the record gives the child\'s age and the sentence says the other is an adult, with the reason', () => {
    const [finding] = checkText('Maya has a boyfriend who is 19.', { audience: 'family', people: PEOPLE }).filter((f) => f.ruleId === 'victim-blaming.adult-partner');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/^Maya is 12, a child, and the other person is an adult\./u);
  });

  it('is not flagged for two young people, or for an adult\'s partner', () => {
    expect(checkText('Maya has a boyfriend in her class.', { audience: 'family', people: PEOPLE }).map((f) => f.ruleId)).not.toContain('victim-blaming.adult-partner');
    expect(checkText('Kirsty has a boyfriend who is 35.', { audience: 'family', people: PEOPLE }).map((f) => f.ruleId)).not.toContain('victim-blaming.adult-partner');
  });
});
