import { hasSpeaker, type Contribution } from '../../../shared/capture/schema';
import type { ApiError } from '../../../shared/contract/result';
import type { KeepForAmendment } from '../../../shared/decision/signoff';
import { api } from '../api/client';
import { isRestricted } from '../audience/draft';
import type { ContributionDraft } from './draft';

// Text typed into the minutes after sign-off, kept as the start of an amendment (issue 14).

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 15_000;

/** What starts the amendment: a line saying what the text was, then exactly what was typed. */
export function keptCorrection(draft: ContributionDraft, inRecord: Contribution | undefined, itemTitle: string, speakerName: string | null): string {
  const who = hasSpeaker(draft.speaker) && speakerName ? speakerName : 'speaker not yet chosen';
  const what = inRecord
    ? `Change to the contribution on “${itemTitle}” (${who}, ${draft.spokenAt}), typed after sign-off`
    : `New contribution on “${itemTitle}” (${who}, ${draft.spokenAt}), typed after sign-off`;
  // Said in words too, for whoever reads the amendment form before its marking.
  const marking = isRestricted(draft.restriction) ? ' (marked as restricted: not for the family)' : '';
  return `${what}${marking}:\n\n${draft.text}`;
}

/**
 * Keeps the text, trying again (with backoff) until the application has it: it must never be
 * dropped. A refusal that trying again cannot change (an amendment already made from it) ends it.
 */
export function keepUntilKept(input: KeepForAmendment, done: (outcome: { readonly kept: true } | { readonly kept: false; readonly error: ApiError }) => void, failures = 0): void {
  void api.keepForAmendment(input).then((result) => {
    if (result.ok) return done({ kept: true });
    if (result.error.kind === 'conflict' || result.error.kind === 'validation' || result.error.kind === 'not-found') return done({ kept: false, error: result.error });
    const wait = Math.min(RETRY_FIRST_MS * 2 ** failures, RETRY_MAX_MS);
    setTimeout(() => keepUntilKept(input, done, failures + 1), wait);
  });
}
