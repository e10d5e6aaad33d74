import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { describeRemoval, RESTORE_CONFIRMATION, type Backup, type RestorePreview } from '../../../shared/backup/schema';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { describeBackupTime } from './format';
import { RestoreCounts } from './RestoreCounts';

interface RestoreConfirmationProps {
  readonly backup: Backup;
  /** Resolves with the refusal, or null once restored. */
  readonly onConfirm: (confirmation: string | undefined) => Promise<ApiError | null>;
  /** The backup could not be checked: the section says why. */
  readonly onRefused: (error: ApiError) => void;
  readonly onCancel: () => void;
}

type Check = { readonly state: 'checking' } | { readonly state: 'checked'; readonly preview: RestorePreview };

/**
 * The deliberate second step before a restore: the backup is checked and compared with what is
 * here, the counts are shown, and a restore that would take finalised conferences or any of the
 * audit trail away asks for a word to be typed (the application refuses it otherwise too).
 */
export function RestoreConfirmation({ backup, onConfirm, onRefused, onCancel }: RestoreConfirmationProps) {
  const [check, setCheck] = useState<Check>({ state: 'checking' });
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);
  const [restoring, setRestoring] = useState(false);
  const yesButton = useRef<HTMLButtonElement>(null);
  const typedInput = useRef<HTMLInputElement>(null);
  const questionId = useId();
  const explanationId = useId();
  const warningId = useId();
  const when = describeBackupTime(backup.createdAt);
  const source = backup.kind === 'backup' ? 'backup' : 'copy';
  // Checked once per backup, however often the screen around it redraws.
  const refused = useRef(onRefused);
  refused.current = onRefused;

  useEffect(() => {
    let current = true;
    void api.previewRestore({ name: backup.name }).then((result) => {
      if (!current) return;
      if (result.ok) setCheck({ state: 'checked', preview: result.value });
      else refused.current(result.error);
    });
    return () => {
      current = false;
    };
  }, [backup.name]);

  const needsTyping = check.state === 'checked' && check.preview.needsTypedConfirmation;
  useEffect(() => {
    if (check.state !== 'checked') return;
    (needsTyping ? typedInput.current : yesButton.current)?.focus();
  }, [check.state, needsTyping]);

  const confirm = async (event?: FormEvent) => {
    event?.preventDefault();
    if (restoring) return;
    setRestoring(true);
    const refusal = await onConfirm(needsTyping ? typed : undefined);
    setRestoring(false);
    const typedRefusal = refusal?.fields?.['confirmation'];
    if (typedRefusal) {
      setTypedError(typedRefusal);
      setTyped('');
      requestAnimationFrame(() => typedInput.current?.focus());
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !restoring) {
      event.preventDefault();
      onCancel();
    }
  };

  if (check.state === 'checking') {
    return (
      <p className="safety-confirm" aria-live="polite">
        Checking the {source} from {when}…
      </p>
    );
  }
  const { preview } = check;
  return (
    <div className="notice notice--warning safety-confirm" role="group" aria-labelledby={questionId} aria-describedby={explanationId} onKeyDown={onKeyDown}>
      <p id={questionId} className="safety-confirm__question">
        Restore the {source} from {when}?
      </p>
      <p id={explanationId}>
        Everything will go back to how it was on {when}. What is here now is kept first as a copy, listed under “Copies kept
        from before a restore” until you remove it, so you can undo this by restoring that copy.
      </p>
      <RestoreCounts preview={preview} source={source} />
      <form onSubmit={(event) => void confirm(event)} noValidate>
        {needsTyping && (
          <>
            <p id={warningId} className="safety-confirm__warning">
              This restore would take away {describeRemoval(preview)} from Confer’s records. They would be kept only in the
              copy of what is here now.
            </p>
            <Field id={`restore-confirmation-${backup.name.replace(/\W/g, '-')}`} label={`Type ${RESTORE_CONFIRMATION} to confirm`} error={typedError}>
              {({ id, describedBy, invalid }) => (
                <input
                  ref={typedInput}
                  id={id}
                  type="text"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  className="safety-confirm__typed"
                  value={typed}
                  aria-describedby={[warningId, describedBy].filter(Boolean).join(' ')}
                  aria-invalid={invalid}
                  onChange={(event) => setTyped(event.target.value)}
                />
              )}
            </Field>
          </>
        )}
        <div className="button-row">
          <button ref={yesButton} type="submit" className="button button--warning" disabled={restoring}>
            {restoring ? 'Restoring…' : 'Yes, restore'}
          </button>
          <button type="button" className="button button--secondary" disabled={restoring} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
