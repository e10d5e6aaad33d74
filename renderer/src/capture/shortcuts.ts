/**
 * The screen's keyboard shortcuts. Alt with a letter or arrow, never a bare letter (screen readers
 * use those to move around the page) and never Ctrl+Alt (that is AltGr, which types letters such
 * as ś and ń on many European keyboards). Insert and Caps Lock belong to the screen reader.
 */
export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: 'Alt+↓', action: 'Next agenda item' },
  { keys: 'Alt+↑', action: 'Previous agenda item' },
  { keys: 'Alt+N', action: 'New contribution (finishes the one open)' },
  { keys: 'Alt+S', action: 'Choose who is speaking: type part of a name or their number, then Enter' },
  { keys: 'Alt+E', action: 'Edit the last contribution on this item' },
  { keys: 'Ctrl+Enter', action: 'Finish the contribution (it is saved)' },
  { keys: 'Escape', action: 'Stop editing (what you typed is saved)' },
  { keys: 'Alt+/', action: 'Show or hide these shortcuts' },
];

export type ShortcutAction = 'next-item' | 'previous-item' | 'new-contribution' | 'speaker' | 'edit-last' | 'help';

/** Keys by `code`, so Alt on a Mac (which types ˜ or ß) still works. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.code) {
    case 'ArrowDown':
      return 'next-item';
    case 'ArrowUp':
      return 'previous-item';
    case 'KeyN':
      return 'new-contribution';
    case 'KeyS':
      return 'speaker';
    case 'KeyE':
      return 'edit-last';
    case 'Slash':
      return 'help';
    default:
      return null;
  }
}
