import { useEffect, useRef, useState } from 'react';
import { setFamilySafe, useFamilySafe } from './familySafe';

function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * The family-safe screen's switch, in the header of every screen. Turning it on is one press;
 * showing restricted information again asks first, because the family may be looking. What it
 * hides is decided by shared/audience/family-screen.ts.
 */
export function FamilySafeSwitch() {
  const on = useFamilySafe((state) => state.on);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (confirming && !element.open) element.showModal();
    if (!confirming && element.open) element.close();
  }, [confirming]);

  return (
    <>
      {/* A live region of its own, not a status role: each screen's status line stays the only one. */}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {on ? (
        <div className="family-safe-banner" role="region" aria-label="Family-safe screen">
          <p className="family-safe-banner__text">
            <strong>Family-safe screen: restricted information is hidden</strong> and nothing can be changed.
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
                  setSaid('Restricted information is shown.');
                  focusById('family-safe-toggle');
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
      ) : (
        <>
          <button
            type="button"
            id="family-safe-toggle"
            className="app-header__safe"
            aria-describedby="family-safe-hint"
            onClick={() => {
              setFamilySafe(true);
              setSaid('Family-safe screen on: restricted information is hidden.');
              focusById('show-restricted');
            }}
          >
            Family-safe screen
          </button>
          <span id="family-safe-hint" hidden>
            Hides restricted information and confidential details before you share the screen.
          </span>
        </>
      )}
    </>
  );
}
