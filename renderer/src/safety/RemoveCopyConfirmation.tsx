import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeBackupTime } from './format';

interface RemoveCopyConfirmationProps {
  readonly createdAt: string;
  readonly onConfirm: () => Promise<void>;
  readonly onCancel: () => void;
}

/** Asks before a copy kept from before a restore is removed: it may hold what that restore took away. */
export function RemoveCopyConfirmation({ createdAt, onConfirm, onCancel }: RemoveCopyConfirmationProps) {
  const [removing, setRemoving] = useState(false);
  const yesButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const explanationId = useId();
  const when = describeBackupTime(createdAt);

  useEffect(() => {
    yesButton.current?.focus();
  }, []);

  const confirm = async () => {
    if (removing) return;
    setRemoving(true);
    await onConfirm();
    setRemoving(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !removing) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="notice notice--warning safety-confirm" role="group" aria-labelledby={questionId} aria-describedby={explanationId} onKeyDown={onKeyDown}>
      <p id={questionId} className="safety-confirm__question">
        Remove the copy from {when}?
      </p>
      <p id={explanationId}>
        It holds everything as it was just before that restore, including anything the restore took away, such as finalised
        conferences and entries in the audit trail. Removing it cannot be undone.
      </p>
      <div className="button-row">
        <button ref={yesButton} type="button" className="button button--warning" disabled={removing} onClick={() => void confirm()}>
          {removing ? 'Removing…' : 'Yes, remove'}
        </button>
        <button type="button" className="button button--secondary" disabled={removing} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
