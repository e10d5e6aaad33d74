/**
 * What from the meeting may reach anything made for the family (brief §1.10). One rule, used by
 * every family-facing document:
 *
 * - Only text marked `none` goes in. `not-for-family` never does.
 * - `not-for-named` never goes into a family document either, whoever it is made for. A paper
 *   copy made for Danielle is read at her kitchen table; the person it was kept from may live
 *   there, visit, or be handed it. Leaving out only what names the recipient would put
 *   information kept from Jordan one photocopy away from him. The full record, for
 *   professionals, is where such text belongs.
 * - Anything said during a restricted part of the meeting is left out even if its own marking
 *   was forgotten: the part's shared summary is what the family may know of it.
 * - The same for a family member's exclusion so that the meeting could hear confidential
 *   information (brief §1.10): what was said while they were out is left out. And a child's views
 *   given while a parent was out because the child asked are left out of every family copy.
 */
import type { Capture, ChildVoice, Contribution, Exclusion, ExclusionGround, Restriction, RestrictedPart } from '../capture/schema';

export function openToWholeFamily(restriction: Restriction): boolean {
  switch (restriction.level) {
    case 'none':
      return true;
    case 'not-for-family':
    case 'not-for-named':
    case 'shared-only-with':
      return false;
    default: {
      const never: never = restriction;
      return never;
    }
  }
}

/** True when the contribution was spoken while a restricted part was under way. */
export function spokenInRestrictedPart(contribution: Pick<Contribution, 'spokenAt'>, parts: readonly RestrictedPart[]): boolean {
  // Times are "HH:MM" on one day, so they compare as text. A part not yet ended runs on.
  return parts.some((part) => contribution.spokenAt >= part.startedAt && (part.endedAt === null || contribution.spokenAt <= part.endedAt));
}

/** True when the contribution was spoken during an exclusion on one of these grounds. */
export function spokenDuringExclusion(contribution: Pick<Contribution, 'spokenAt'>, exclusions: readonly Exclusion[], grounds: ReadonlySet<ExclusionGround>): boolean {
  return exclusions.some((e) => grounds.has(e.grounds) && contribution.spokenAt >= e.startedAt && (e.endedAt === null || contribution.spokenAt <= e.endedAt));
}

const CONFIDENTIAL: ReadonlySet<ExclusionGround> = new Set(['confidential-information']);
const CHILD_ASKED: ReadonlySet<ExclusionGround> = new Set(['child-asked']);

export function familySafeContributions(capture: Capture): readonly Contribution[] {
  return capture.contributions.filter(
    (c) =>
      openToWholeFamily(c.restriction) &&
      !spokenInRestrictedPart(c, capture.restrictedParts) &&
      !spokenDuringExclusion(c, capture.exclusions, CONFIDENTIAL) &&
      !(c.kind === 'child-view' && spokenDuringExclusion(c, capture.exclusions, CHILD_ASKED)),
  );
}

export function familySafeChildVoices(capture: Capture): readonly ChildVoice[] {
  return capture.childVoices.filter((voice) => openToWholeFamily(voice.restriction));
}

/** The summaries the chair wrote to be shared, one per restricted part that has one. */
export function sharedSummaries(capture: Capture): readonly string[] {
  return capture.restrictedParts.map((part) => part.sharedSummary.trim()).filter((summary) => summary !== '');
}
