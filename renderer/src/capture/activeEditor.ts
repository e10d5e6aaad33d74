import type { SpeakerOption } from './speakers';

/** What the keyboard shortcuts and the quick-pick speakers can ask of the editor that is open. */
export interface EditorHandle {
  readonly agendaItemId: string;
  readonly focusSpeaker: () => void;
  readonly setSpeaker: (option: SpeakerOption) => void;
  readonly finish: () => void;
  readonly contains: (node: Node | null) => boolean;
}

let active: EditorHandle | null = null;

export const activeEditor = {
  get: (): EditorHandle | null => active,
  set: (handle: EditorHandle): void => {
    active = handle;
  },
  clear: (handle: EditorHandle): void => {
    if (active === handle) active = null;
  },
};

/** Moves focus once React has drawn the element (it may be appearing in this same update). */
export function focusSoon(id: string, { caretAtEnd = false } = {}): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.focus();
    // Editing carries on from the end of what was said.
    if (caretAtEnd && element instanceof HTMLTextAreaElement) element.setSelectionRange(element.value.length, element.value.length);
  });
}

/** Moves focus to the element once drawn, but only when focus was lost (its element taken away), never from where the user is. */
export function focusIfLost(id: string): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) document.getElementById(id)?.focus();
  });
}
