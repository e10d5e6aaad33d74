import { useEffect, useId, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/contract/result';
import type { DecisionRecord } from '../../../shared/decision/record';
import { useAnnounce } from '../family/Announcer';
import { focusSoon } from '../family/focus';
import { useDecisionRecord } from './store';

interface RemoveItemProps {
  /** How the item is named in the question and on the button ("outcome 2"). */
  readonly name: string;
  /** What removing means, said before the chair confirms. */
  readonly consequence: string;
  readonly remove: () => Promise<Result<DecisionRecord>>;
  /** Where the keyboard goes once the item has gone (an element with tabIndex -1 or a control). */
  readonly focusAfter: string;
  readonly onCancel: () => void;
}

/**
 * A second, explicit step before an item of the record is removed. The application may still
 * refuse (a danger statement a safety goal answers, a finalised conference): say why, and keep
 * the keyboard on the way out.
 */
export function RemoveItem({ name, consequence, remove, focusAfter, onCancel }: RemoveItemProps) {
  const apply = useDecisionRecord((state) => state.apply);
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => confirm.current?.focus(), []);
  useEffect(() => {
    if (error) close.current?.focus();
  }, [error]);

  const onConfirm = async () => {
    if (removing) return;
    setRemoving(true);
    const result = await apply(remove());
    setRemoving(false);
    if (!result.ok) return setError(result.error);
    announce(`Removed ${name}.`);
    focusSoon(focusAfter);
  };

  return (
    <div className="notice notice--warning family-remove item-remove">
      <p id={questionId}>
        <strong>Remove {name}?</strong> {consequence}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
      <div className="button-row">
        {!error && (
          <button ref={confirm} type="button" className="button button--primary family-remove__confirm" aria-describedby={questionId} aria-disabled={removing} onClick={onConfirm}>
            Yes, remove {name}
          </button>
        )}
        <button ref={close} type="button" className="button button--secondary" onClick={onCancel}>
          {error ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
