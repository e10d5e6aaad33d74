import { useEffect, useId, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/contract/result';

interface RemovalConfirmationProps<T> {
  /** How the thing is named in the question and on the button ("Ruby Price", "outcome 2"). */
  readonly name: string;
  /** What removing means for this record, said before the chair confirms. */
  readonly consequence: string;
  readonly remove: () => Promise<Result<T>>;
  readonly onRemoved: (saved: T) => void;
  readonly onCancel: () => void;
  readonly className?: string;
}

/**
 * A second, explicit step before anything is removed (never a pop-up window). The application
 * may still refuse (the last child, a danger statement a safety goal answers): say why, and keep
 * the keyboard on the way out.
 */
export function RemovalConfirmation<T>({ name, consequence, remove, onRemoved, onCancel, className = '' }: RemovalConfirmationProps<T>) {
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => confirm.current?.focus(), []);
  // The confirm button goes when the application refuses: keep the keyboard on the way out.
  useEffect(() => {
    if (error) close.current?.focus();
  }, [error]);

  const onConfirm = async () => {
    if (removing) return;
    setRemoving(true);
    const result = await remove();
    setRemoving(false);
    if (result.ok) return onRemoved(result.value);
    setError(result.error);
  };

  return (
    <div className={`notice notice--warning family-remove ${className}`}>
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
