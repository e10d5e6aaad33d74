/**
 * Pure helpers for showing findings in a text box: keeping them in place while the text changes
 * before the next check, the underlined segments, and which suggestions can replace words.
 */
import type { Finding, Suggestion } from '../../../shared/language';

export type Level = Finding['severity'];

/**
 * Findings from a check of `checked`, moved to fit `current`: those before the edit stay, those
 * after it shift, those the edit touched are dropped until the next check.
 */
export function rebaseFindings(checked: string, current: string, findings: readonly Finding[]): readonly Finding[] {
  if (checked === current) return findings;
  let prefix = 0;
  const shortest = Math.min(checked.length, current.length);
  while (prefix < shortest && checked.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shortest - prefix && checked.charCodeAt(checked.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)) suffix += 1;
  const editEndOld = checked.length - suffix;
  const delta = current.length - checked.length;
  const moved: Finding[] = [];
  for (const finding of findings) {
    if (finding.end <= prefix) moved.push(finding);
    else if (finding.start >= editEndOld) moved.push({ ...finding, start: finding.start + delta, end: finding.end + delta });
  }
  return moved;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** The most serious finding covering this part, or null for plain text. */
  readonly level: Level | null;
  /** Part of a sentence flagged as too long (shown differently from word findings). */
  readonly long: boolean;
  /** Part of the finding the person has moved to. */
  readonly current: boolean;
}

const RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, info: 1 };

/** Cuts the text where findings start and end, for the underlines behind the text box. */
export function segmentsFor(text: string, findings: readonly Finding[], current: Finding | null): readonly Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const finding of findings) {
    cuts.add(Math.max(0, Math.min(text.length, finding.start)));
    cuts.add(Math.max(0, Math.min(text.length, finding.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    let level: Level | null = null;
    let long = false;
    for (const finding of findings) {
      if (finding.start > start || finding.end < end) continue;
      if (finding.category === 'long-sentence') {
        long = true;
        continue;
      }
      if (level === null || RANK[finding.severity] > RANK[level]) level = finding.severity;
    }
    const isCurrent = current !== null && current.start <= start && current.end >= end;
    segments.push({ start, end, level, long, current: isCurrent });
  }
  return segments;
}

const PROMPT = /^(?:say|describe|split|use|name|keep|give|explain|quote|ask|what|who|when|how|was|were|is|are|for example)\b/iu;

/** A suggestion that can stand in for the flagged words as they are: a one-click change. The
 *  rule says so (its rewrites fit the words matched), or it is a mechanical swap. */
export function isReplacement(suggestion: Suggestion): boolean {
  return suggestion.replace ?? suggestion.safe;
}

/** How a suggestion that is not a change reads: a prompt as it is, anything else as an example. */
export function promptLabel(text: string): string {
  if (PROMPT.test(text)) return /[.?!”"]$/u.test(text) ? text : `${text}.`;
  return `For example: “${text}”.`;
}

export const LEVEL_LABELS: Readonly<Record<Level, string>> = { error: 'Must change', warning: 'Should change', info: 'Consider' };

/** "3 suggestions about the wording" */
export function countLabel(count: number): string {
  if (count === 0) return 'No suggestions about the wording.';
  return `${count} ${count === 1 ? 'suggestion' : 'suggestions'} about the wording.`;
}

/** The next (or previous) finding from a caret position, wrapping round. */
export function nextFinding(findings: readonly Finding[], from: number, backwards: boolean): number {
  if (findings.length === 0) return -1;
  if (backwards) {
    for (let i = findings.length - 1; i >= 0; i -= 1) if ((findings[i]?.start ?? 0) < from) return i;
    return findings.length - 1;
  }
  for (let i = 0; i < findings.length; i += 1) if ((findings[i]?.start ?? 0) > from) return i;
  return 0;
}
