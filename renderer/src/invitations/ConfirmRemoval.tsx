import { useId, useRef, useState, type KeyboardEvent } from 'react';

interface ConfirmRemovalProps {
  /** Who or what is removed, for the buttons' names: "Tom Reeves", "Grace Morgan’s report". */
  readonly subject: string;
  /** Asked before anything is removed: "Remove Tom Reeves from the invitations?" */
  readonly question: string;
  /** Resolves true once removed (this control then goes with its row), false to stay. */
  readonly onConfirm: () => Promise<boolean>;
}

/** Remove, then a second, deliberate step to confirm it, in place (no pop-up window). */
export function ConfirmRemoval({ subject, question, onConfirm }: ConfirmRemovalProps) {
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  const ask = () => {
    setConfirming(true);
    requestAnimationFrame(() => yesButton.current?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => removeButton.current?.focus());
  };
  const confirm = async () => {
    if (removing) return;
    setRemoving(true);
    const removed = await onConfirm();
    if (!removed) setRemoving(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  if (!confirming) {
    return (
      <button ref={removeButton} type="button" className="button button--link" onClick={ask}>
        Remove<span className="visually-hidden"> {subject}</span>
      </button>
    );
  }
  return (
    <div className="confirm-removal" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId}>{question}</p>
      <div className="button-row">
        <button ref={yesButton} type="button" className="button button--warning" disabled={removing} onClick={() => void confirm()}>
          {removing ? 'Removing…' : 'Yes, remove'}
          <span className="visually-hidden"> {subject}</span>
        </button>
        <button type="button" className="button button--link" onClick={cancel}>
          Cancel<span className="visually-hidden"> removing {subject}</span>
        </button>
      </div>
    </div>
  );
}
