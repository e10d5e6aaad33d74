import type { AgendaItem } from '../../../shared/agenda/schema';
import { hasSpeaker, SPEAKER_NOT_YET_CHOSEN, type Contribution, type Speaker } from '../../../shared/capture/schema';
import { activeEditor, focusSoon } from './activeEditor';
import { draftOf, newDraft } from './draft';
import { keptMarking } from './keptMarking';
import { startAmendment } from '../signoff/amendmentStart';
import { openEditor, useCapture, type EditorSession } from './store';

/**
 * Opens a contribution for writing. Whatever is open on the item is finished first; if it cannot
 * be saved (a time that is not a time, say), it stays open with the problem shown, so no text is lost.
 */
function begin(session: EditorSession, focusId: string, caretAtEnd = false): void {
  const itemId = session.draft.agendaItemId;
  const existing = useCapture.getState().editors[itemId];
  if (existing && existing.draft.id !== session.draft.id) {
    const handle = activeEditor.get();
    if (handle?.agendaItemId === itemId) handle.finish();
    if (useCapture.getState().editors[itemId]) return;
  }
  if (!existing || existing.draft.id !== session.draft.id) openEditor(session);
  focusSoon(focusId, { caretAtEnd });
}

export function startContribution(item: AgendaItem, speaker: Speaker = SPEAKER_NOT_YET_CHOSEN): void {
  const { capture } = useCapture.getState();
  if (!capture) return;
  const draft = newDraft(capture.conferenceId, item.id, item.kind, capture.restrictedParts, speaker);
  begin({ draft, isNew: true }, `contribution-${draft.id}-${hasSpeaker(speaker) ? 'text' : 'speaker'}`);
}

export function editContribution(contribution: Contribution): void {
  const { capture } = useCapture.getState();
  if (!capture) return;
  // Without a speaker yet, editing starts where one is chosen.
  const field = hasSpeaker(contribution.speaker) ? 'text' : 'speaker';
  begin({ draft: draftOf(capture.conferenceId, contribution), isNew: false }, `contribution-${contribution.id}-${field}`, true);
}

/** After sign-off a contribution is corrected by amendment: the form starts from what the record says. */
export function correctContribution(contribution: Contribution): void {
  const { capture } = useCapture.getState();
  if (!capture) return;
  startAmendment({
    conferenceId: capture.conferenceId,
    id: crypto.randomUUID(),
    section: 'minutes',
    entityId: contribution.id,
    original: contribution.text,
    correction: contribution.text,
    kept: false,
    // The correction starts as private as what it corrects, the room it was said in included.
    restriction: keptMarking(draftOf(capture.conferenceId, contribution), capture),
  });
}
