import { useEffect, useRef, useState } from 'react';
import { focusSoon } from './activeEditor';
import { setFamilySafe, useCapture } from './store';

/**
 * The family-safe screen for showing the record on a shared screen. Turning it on is one press;
 * showing restricted information again asks first, because the family may be looking.
 */
export function FamilySafeBar() {
  const familySafe = useCapture((state) => state.familySafe);
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (confirming && !element.open) element.showModal();
    if (!confirming && element.open) element.close();
  }, [confirming]);

  if (!familySafe) {
    return (
      <div className="capture-safe-off">
        <button
          type="button"
          id="family-safe-toggle"
          className="button button--secondary"
          onClick={() => {
            setFamilySafe(true);
            focusSoon('show-restricted');
          }}
        >
          Family-safe screen
        </button>
        <span className="capture-safe-off__hint">Hides restricted information before you share the screen.</span>
      </div>
    );
  }
  return (
    <div className="capture-safe-banner" role="region" aria-label="Family-safe screen">
      <p className="capture-safe-banner__text">
        <strong>Family-safe screen: restricted information is hidden</strong>
      </p>
      <button type="button" id="show-restricted" className="button button--secondary" onClick={() => setConfirming(true)}>
        Show restricted information
      </button>
      <dialog ref={dialog} className="capture-dialog" aria-labelledby="show-restricted-title" onClose={() => setConfirming(false)}>
        <h2 id="show-restricted-title">Check the family cannot see the screen. Show restricted information?</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setConfirming(false);
              setFamilySafe(false);
              focusSoon('family-safe-toggle');
            }}
          >
            Yes
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </dialog>
    </div>
  );
}
