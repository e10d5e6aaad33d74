import type { AgendaItem } from '../../../shared/agenda/schema';
import type { Contribution, Speaker } from '../../../shared/capture/schema';
import { activeEditor, focusSoon } from './activeEditor';
import { draftOf, newDraft } from './draft';
import { openEditor, useCapture, type EditorSession } from './store';

/**
 * Opens a contribution for writing. Whatever is open on the item is finished first; if it cannot
 * be saved yet (no speaker, say), it stays open with the problem shown, so no text is lost.
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

export function startContribution(item: AgendaItem, speaker: Speaker | null = null): void {
  const { capture } = useCapture.getState();
  if (!capture) return;
  const draft = newDraft(capture.conferenceId, item.id, item.kind, capture.restrictedParts, speaker);
  begin({ draft, isNew: true }, `contribution-${draft.id}-${speaker ? 'text' : 'speaker'}`);
}

export function editContribution(contribution: Contribution): void {
  const { capture } = useCapture.getState();
  if (!capture) return;
  begin({ draft: draftOf(capture.conferenceId, contribution), isNew: false }, `contribution-${contribution.id}-text`, true);
}
