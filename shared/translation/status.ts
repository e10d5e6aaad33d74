/**
 * Where a recipient's copy stands in one language (issue 16): each segment of the conference's own
 * words translated, missing, needing translation again (its English changed since the file went to
 * the translation service: the hash stored with the translation is not the current one), or left
 * in English by the chair. Pure: the hashes and what is stored are given.
 */
import type { Segment, SegmentKind } from './segments';

export const SEGMENT_STATES = ['translated', 'missing', 'needs-translation-again', 'left-in-english'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export interface StoredTranslation {
  readonly segmentId: string;
  /** The hash of the English the translator was given. */
  readonly sourceHash: string;
  readonly target: string;
}

export interface SegmentStatus {
  readonly id: string;
  readonly kind: SegmentKind;
  readonly source: string;
  readonly state: SegmentState;
  /** The stored translation, when there is one (even one of older English). */
  readonly target: string | null;
}

export interface TranslationStatus {
  readonly segments: SegmentStatus[];
  readonly counts: Readonly<Record<SegmentState, number>>;
  /** Every segment translated or left in English: the copy can be made bilingual. */
  readonly complete: boolean;
}

function stateOf(segment: Segment, stored: StoredTranslation | undefined, leftInEnglish: boolean): SegmentState {
  // The chair's choice stands whatever the translation service sent: English it stays.
  if (leftInEnglish) return 'left-in-english';
  if (stored === undefined) return 'missing';
  return stored.sourceHash === segment.hash ? 'translated' : 'needs-translation-again';
}

export function translationStatus(segments: readonly Segment[], translations: readonly StoredTranslation[], leftInEnglish: Iterable<string>): TranslationStatus {
  const stored = new Map(translations.map((t) => [t.segmentId, t]));
  const english = new Set(leftInEnglish);
  const counts: Record<SegmentState, number> = { translated: 0, missing: 0, 'needs-translation-again': 0, 'left-in-english': 0 };
  const statuses = segments.map((segment) => {
    const translation = stored.get(segment.id);
    const state = stateOf(segment, translation, english.has(segment.id));
    counts[state] += 1;
    return { id: segment.id, kind: segment.kind, source: segment.source, state, target: translation?.target ?? null };
  });
  return { segments: statuses, counts, complete: counts.missing === 0 && counts['needs-translation-again'] === 0 };
}

/** The translations a copy may use: only those of its current English (the others would say something else). */
export function usableTranslations(status: TranslationStatus): ReadonlyMap<string, string> {
  return new Map(status.segments.flatMap((s) => (s.state === 'translated' && s.target !== null ? [[s.id, s.target] as const] : [])));
}
