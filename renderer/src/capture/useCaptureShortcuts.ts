import { useEffect } from 'react';
import type { AgendaItem } from '../../../shared/agenda/schema';
import { activeEditor, focusSoon } from './activeEditor';
import { contributionsOnScreen } from './onScreen';
import { editContribution, startContribution } from './sessions';
import { shortcutFor } from './shortcuts';
import { announce, goToItem, useCapture } from './store';

const READ_ONLY = 'This conference has been finalised, so the minutes cannot be changed. Record a correction as an amendment on the sign-off page.';

/** The screen-wide shortcuts (see shortcuts.ts); Ctrl+Enter and Escape belong to the editor itself. */
export function useCaptureShortcuts(agenda: readonly AgendaItem[], toggleHelp: () => void, showMinutes: () => void, readOnly: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      // A modal dialog is open: only its own keys apply.
      if (document.querySelector('dialog[open]') && action !== 'help') return;
      event.preventDefault();
      if (action !== 'help') showMinutes();
      const { viewingItemId, capture, familySafe } = useCapture.getState();
      const index = agenda.findIndex((item) => item.id === viewingItemId);
      const item = agenda[index];
      if (readOnly && (action === 'new-contribution' || action === 'speaker' || action === 'edit-last')) {
        announce(READ_ONLY);
        return;
      }
      switch (action) {
        case 'next-item':
        case 'previous-item': {
          const next = agenda[index + (action === 'next-item' ? 1 : -1)];
          if (next) {
            goToItem(next.id);
            focusSoon('capture-item-title');
          }
          return;
        }
        case 'new-contribution':
          if (item) startContribution(item);
          return;
        case 'speaker': {
          const editor = activeEditor.get();
          if (editor && item && editor.agendaItemId === item.id) editor.focusSpeaker();
          else if (item) startContribution(item);
          return;
        }
        case 'edit-last': {
          const last = capture ? contributionsOnScreen(capture, familySafe).filter((c) => c.agendaItemId === viewingItemId).at(-1) : undefined;
          if (last) editContribution(last);
          return;
        }
        case 'help':
          toggleHelp();
          return;
        default: {
          const unexpected: never = action;
          throw new Error(`Unknown shortcut ${String(unexpected)}`);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [agenda, toggleHelp, showMinutes, readOnly]);
}
