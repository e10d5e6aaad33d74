import type { Capture, Contribution } from '../../../shared/capture/schema';

/**
 * Takes the record's latest answer while keeping what this window has just saved (a poll may have
 * left before the save was acknowledged) and keeping unchanged contributions as the same objects,
 * so a poll re-renders nothing that did not change.
 */
export function mergeCapture(previous: Capture | null, next: Capture): Capture {
  if (!previous || previous.conferenceId !== next.conferenceId) return next;
  const before = new Map(previous.contributions.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let changed = previous.contributions.length !== next.contributions.length;
  const contributions = next.contributions.map((incoming, index) => {
    seen.add(incoming.id);
    const kept = before.get(incoming.id);
    const chosen = kept && (kept.version > incoming.version || (kept.version === incoming.version && sameContent(kept, incoming))) ? kept : incoming;
    if (chosen !== previous.contributions[index]) changed = true;
    return chosen;
  });
  // Saved here a moment ago, not yet in an answer that left earlier: contributions are never removed.
  const localOnly = previous.contributions.filter((c) => !seen.has(c.id));
  if (localOnly.length > 0) changed = true;
  return {
    ...next,
    contributions: changed ? [...contributions, ...localOnly] : previous.contributions,
  };
}

function sameContent(a: Contribution, b: Contribution): boolean {
  return (
    a.text === b.text &&
    a.kind === b.kind &&
    a.spokenAt === b.spokenAt &&
    a.reportId === b.reportId &&
    a.agendaItemId === b.agendaItemId &&
    a.speakerName === b.speakerName &&
    a.speakerRole === b.speakerRole &&
    JSON.stringify(a.restriction) === JSON.stringify(b.restriction)
  );
}

/** A save acknowledged: the contribution as the record now holds it. */
export function withSavedContribution(capture: Capture, contribution: Contribution): Capture {
  const index = capture.contributions.findIndex((c) => c.id === contribution.id);
  if (index === -1) return { ...capture, contributions: [...capture.contributions, contribution] };
  const existing = capture.contributions[index];
  if (existing && existing.version > contribution.version) return capture;
  const contributions = capture.contributions.slice();
  contributions[index] = contribution;
  return { ...capture, contributions };
}
