/**
 * The conference's people as the checker uses them: placeholders in suggestions filled with the
 * children's names and the parents as the family calls them, and whether a sentence is about an
 * adult in a relationship with a child.
 */
import type { ConferencePeople, Suggestion } from './types';

function list(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function placeholderValue(name: string, people: ConferencePeople): string | null {
  const mother = people.parents.find((parent) => parent.calledBy === 'Mum');
  const father = people.parents.find((parent) => parent.calledBy === 'Dad');
  switch (name) {
    case 'child':
      return people.children[0]?.name ?? null;
    case 'children':
      return list(people.children.map((child) => child.name));
    case 'mum':
      return mother ? 'Mum' : null;
    case 'dad':
      return father ? 'Dad' : null;
    case 'mother':
      return mother?.name ?? null;
    case 'father':
      return father?.name ?? null;
    default:
      return null;
  }
}

/** The text with its placeholders filled, or null when the conference cannot fill one. */
export function fillPlaceholders(text: string, people: ConferencePeople): string | null {
  if (!text.includes('{')) return text;
  let missing = false;
  const filled = text.replace(/\{([a-z]+)\}/gu, (_whole, name: string) => {
    const value = placeholderValue(name, people);
    if (value === null) missing = true;
    return value ?? '';
  });
  return missing ? null : filled;
}

/** A rule's suggestions for this conference: those it cannot fill are left out. */
export function fillSuggestions(suggestions: readonly Suggestion[], people: ConferencePeople): readonly Suggestion[] {
  if (!suggestions.some((suggestion) => suggestion.text.includes('{'))) return suggestions;
  const filled: Suggestion[] = [];
  for (const suggestion of suggestions) {
    const text = fillPlaceholders(suggestion.text, people);
    if (text !== null) filled.push({ ...suggestion, text });
  }
  return filled;
}

// "aged 19", "who is 24", "(22)", "a 20-year-old", "in his twenties", "an adult", "a grown man".
const ADULT_AGE = /\b(?:aged|age|who is|who's|is now|is)\s+(?:1[89]|[2-9]\d)\b|\((?:1[89]|[2-9]\d)\)|\b(?:1[89]|[2-9]\d)[- ](?:year|yr)s?[- ]old\b|\b(?:1[89]|[2-9]\d)\s*(?:years?|yrs?)\b(?! old,? (?:and|but))|\bin (?:his|her|their) (?:twenties|thirties|forties|fifties|late teens)\b|\b(?:an adult|adult|grown|older) (?:man|woman|male|female|partner|boyfriend|girlfriend)\b|\bis an adult\b|\bover 18\b/iu;
const CHILD_AGE = /\b(?:aged|age|who is|is only|is just|is)\s+(?:[4-9]|1[0-7])\b|,\s*(?:[4-9]|1[0-7])\s*,|\((?:[4-9]|1[0-7])\)|\b(?:[4-9]|1[0-7])[- ](?:year|yr)s?[- ]old\b|\b(?:she|he|they) (?:is|was|are|were) (?:only |just )?(?:[4-9]|1[0-7])\b/iu;

/** Whether a sentence about a "boyfriend" or "girlfriend" shows an adult with a child, and why. */
export function adultWithChild(sentence: string, people: ConferencePeople): string | null {
  if (!ADULT_AGE.test(sentence)) return null;
  for (const child of people.children) {
    if (child.age === null || child.age >= 18 || child.name.length < 2) continue;
    if (new RegExp(`(?<![A-Za-z])${escapeRegExp(child.name)}(?![A-Za-z])`, 'u').test(sentence)) return `${child.name} is ${child.age}, a child, and the other person is an adult.`;
  }
  if (CHILD_AGE.test(sentence)) return 'The sentence gives a child\'s age, and the other person is an adult.';
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
