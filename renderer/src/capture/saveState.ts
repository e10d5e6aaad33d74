/** Where one contribution stands against the record. The screen never says "Saved" before the record does. */
export type SaveState =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'retrying'; readonly message: string }
  /** Refused for good: the conference was finalised. What was typed is kept for an amendment instead. */
  | { readonly kind: 'finalised' }
  | { readonly kind: 'invalid'; readonly message: string; readonly fields: Readonly<Record<string, string>> };
import { ukDateTime } from '../../../shared/dates/uk-time';

/** "10:25" from the record's ISO instant, in UK local time. */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return ukDateTime(date).time;
}

export const FINALISED_NOT_SAVED = 'Not saved: this conference has been finalised, so the minutes cannot be changed. What you typed is kept for an amendment.';

export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'empty':
      return 'Nothing to save yet';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${clockTime(state.at)}`;
    case 'retrying':
      return `Not saved: ${state.message} Trying again.`;
    case 'invalid':
      return `Not saved: ${state.message}`;
    case 'finalised':
      return FINALISED_NOT_SAVED;
    default: {
      const unexpected: never = state;
      throw new Error(`Unknown save state ${JSON.stringify(unexpected)}`);
    }
  }
}
