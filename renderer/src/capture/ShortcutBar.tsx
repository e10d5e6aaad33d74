/** The main shortcuts, always on screen below the item. */
export function ShortcutBar({ readOnly, onHelp }: { readonly readOnly: boolean; readonly onHelp: () => void }) {
  return (
    <div className="capture-shortcut-bar">
      {readOnly ? (
        <p className="capture-shortcut-bar__keys">
          <kbd>Alt+↓</kbd> next item · <kbd>Alt+↑</kbd> previous item
        </p>
      ) : (
        <p className="capture-shortcut-bar__keys">
          <kbd>Alt+↓</kbd> next item · <kbd>Alt+↑</kbd> previous item · <kbd>Alt+N</kbd> new contribution · <kbd>Alt+S</kbd> speaker · <kbd>Ctrl+Enter</kbd> finish ·{' '}
          <kbd>Esc</kbd> stop editing
        </p>
      )}
      <button type="button" className="button button--link" onClick={onHelp}>
        Keyboard shortcuts (Alt+/)
      </button>
    </div>
  );
}
