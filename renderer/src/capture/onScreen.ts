import { contributionShownToFamily } from '../../../shared/audience/family-screen';
import type { Capture, Contribution } from '../../../shared/capture/schema';

/**
 * The contributions this screen may draw: all of them, or on the family-safe screen only those
 * that reach the whole family (their own marking and the part of the meeting they were said in).
 */
export function contributionsOnScreen(capture: Capture, familySafe: boolean): readonly Contribution[] {
  return familySafe ? capture.contributions.filter((c) => contributionShownToFamily(c, capture)) : capture.contributions;
}
