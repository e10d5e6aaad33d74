import { useState } from 'react';
import { usePendingFocus } from './usePendingFocus';

export type ItemMode = 'view' | 'change' | 'remove';

/** Ids for the parts of one item that focus moves to and from. */
export const editIds = (itemId: string) => ({
  change: `item-${itemId}-change`,
  remove: `item-${itemId}-remove`,
  form: `item-${itemId}-form`,
});

/**
 * One item of the record changed in place or removed after a second step. Opening the form puts
 * the keyboard in its first answer; closing it (saved or not) puts it back on "Change"; cancelling
 * a removal puts it back on "Remove".
 */
export function useItemEditing(itemId: string) {
  const [mode, setMode] = useState<ItemMode>('view');
  const focusLater = usePendingFocus();
  const ids = editIds(itemId);
  return {
    mode,
    ids,
    startChange: () => {
      setMode('change');
      focusLater(ids.form, true);
    },
    startRemove: () => setMode('remove'),
    closeForm: () => {
      setMode('view');
      focusLater(ids.change);
    },
    cancelRemove: () => {
      setMode('view');
      focusLater(ids.remove);
    },
  };
}
export type ItemEditing = ReturnType<typeof useItemEditing>;
