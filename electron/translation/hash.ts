import { createHash } from 'node:crypto';
import type { Segment, SourceSegment } from '../../shared/translation/segments';

/** The SHA-256 of a segment's English (UTF-8), in hex: a translation is of exactly this English. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex');
}

export function hashSegments(segments: readonly SourceSegment[]): Segment[] {
  return segments.map((segment) => ({ ...segment, hash: sourceHash(segment.source) }));
}
