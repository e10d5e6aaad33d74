/**
 * When something was said, against the parts of the meeting held without some of the family. What
 * reaches each family copy is decided in shared/audience/for-recipient.ts, and nowhere else; the
 * professional record uses this to mark what was said in a restricted part.
 */
import type { Contribution, RestrictedPart } from '../capture/schema';

/** True when the contribution was spoken while a restricted part was under way. */
export function spokenInRestrictedPart(contribution: Pick<Contribution, 'spokenAt'>, parts: readonly RestrictedPart[]): boolean {
  // Times are "HH:MM" on one day, so they compare as text. A part not yet ended runs on.
  return parts.some((part) => contribution.spokenAt >= part.startedAt && (part.endedAt === null || contribution.spokenAt <= part.endedAt));
}
