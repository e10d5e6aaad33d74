import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

/** The shortcuts in a modal dialog: Escape or the button closes it and focus goes back where it was. */
export function ShortcutsHelp({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="capture-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="table capture-shortcuts-table">
        <caption className="visually-hidden">Keyboard shortcuts on the minutes screen</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>In the speaker box, ↑ and ↓ move through the list. Everything you type is saved as you go.</p>
      <button type="button" className="button button--primary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
