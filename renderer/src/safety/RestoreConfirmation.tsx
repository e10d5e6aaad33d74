import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeBackupTime } from './format';

interface RestoreConfirmationProps {
  readonly createdAt: string;
  readonly onConfirm: () => Promise<void>;
  readonly onCancel: () => void;
}

/** The deliberate second step before a restore: what will happen, and how to undo it. */
export function RestoreConfirmation({ createdAt, onConfirm, onCancel }: RestoreConfirmationProps) {
  const [restoring, setRestoring] = useState(false);
  const yesButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const explanationId = useId();
  const when = describeBackupTime(createdAt);

  useEffect(() => {
    yesButton.current?.focus();
  }, []);

  const confirm = async () => {
    if (restoring) return;
    setRestoring(true);
    await onConfirm();
    setRestoring(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !restoring) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="notice notice--warning safety-confirm" role="group" aria-labelledby={questionId} aria-describedby={explanationId} onKeyDown={onKeyDown}>
      <p id={questionId} className="safety-confirm__question">
        Restore the backup from {when}?
      </p>
      <p id={explanationId}>
        Everything will go back to how it was on {when}. What is here now is backed up first, so you can undo this by restoring
        that backup.
      </p>
      <div className="button-row">
        <button ref={yesButton} type="button" className="button button--warning" disabled={restoring} onClick={() => void confirm()}>
          {restoring ? 'Restoring…' : 'Yes, restore'}
        </button>
        <button type="button" className="button button--secondary" disabled={restoring} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
