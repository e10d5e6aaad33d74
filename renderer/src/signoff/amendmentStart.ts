import { create } from 'zustand';
import type { Restriction } from '../../../shared/audience/restriction';
import type { AmendmentDraft, AmendmentSection } from '../../../shared/decision/signoff';
import { navigate, useRouter } from '../app/router';

/** What the amendment form starts from when another screen sends the chair to it. */
export interface AmendmentStart {
  readonly conferenceId: string;
  /** The amendment's id: a kept text's own, so recording the amendment uses the kept text up. */
  readonly id: string;
  readonly section: AmendmentSection;
  readonly entityId: string | null;
  readonly original: string;
  readonly correction: string;
  /** Text typed after sign-off and kept in the application until it is recorded or discarded. */
  readonly kept: boolean;
  /** Who may see it, when the text came with a marking; otherwise the item it corrects decides. */
  readonly restriction: Restriction | null;
}

const usePendingStart = create<{ readonly pending: AmendmentStart | null }>(() => ({ pending: null }));

/** Opens the sign-off page with the amendment form filled in from `start`. */
export function startAmendment(start: AmendmentStart): void {
  usePendingStart.setState({ pending: start });
  navigate({ screen: 'conference', conferenceId: start.conferenceId, section: 'signoff' });
}

/** The start waiting for this conference's amendment form, if any. */
export function pendingAmendmentStart(conferenceId: string): AmendmentStart | null {
  const { pending } = usePendingStart.getState();
  return pending?.conferenceId === conferenceId ? pending : null;
}

export function clearAmendmentStart(): void {
  usePendingStart.setState({ pending: null });
}

// A start is for one visit to the sign-off page (which may draw its form more than once while
// loading): leaving the page lets it go.
useRouter.subscribe(({ route }) => {
  const { pending } = usePendingStart.getState();
  if (pending && !(route.screen === 'conference' && route.section === 'signoff' && route.conferenceId === pending.conferenceId)) clearAmendmentStart();
});

export function startFromKept(conferenceId: string, kept: AmendmentDraft): AmendmentStart {
  return { conferenceId, id: kept.id, section: kept.section, entityId: kept.entityId, original: kept.original, correction: kept.correction, kept: true, restriction: kept.restriction };
}
