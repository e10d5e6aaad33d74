import { useRef, useState } from 'react';
import type { Backup } from '../../../shared/backup/schema';
import type { ApiError } from '../../../shared/contract/result';
import { formatBackupTime, formatSize } from './format';
import { RemoveCopyConfirmation } from './RemoveCopyConfirmation';
import { RestoreConfirmation } from './RestoreConfirmation';

export interface BackupActions {
  /** Resolves with the refusal, or null once restored; the section shows what happened. */
  readonly onRestore: (backup: Backup, confirmation: string | undefined) => Promise<ApiError | null>;
  /** Only copies kept from before a restore are removed by hand; backups are rotated. */
  readonly onRemove: (backup: Backup) => Promise<unknown>;
  /** The backup could not be checked before the question was asked. */
  readonly onRefused: (error: ApiError) => void;
}

/** One backup or kept copy; each action asks first, in a row of its own beneath (no pop-up window). */
export function BackupRow({ backup, onRestore, onRemove, onRefused }: { readonly backup: Backup } & BackupActions) {
  const [asking, setAsking] = useState<'restore' | 'remove' | null>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const made = formatBackupTime(backup.createdAt);
  const what = backup.kind === 'backup' ? 'backup' : 'copy';

  const cancel = () => {
    const opener = asking === 'remove' ? removeButton : restoreButton;
    setAsking(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  // Answered either way, unless the typed word was wrong: the section then moves focus to what happened.
  const restore = async (confirmation: string | undefined) => {
    const refusal = await onRestore(backup, confirmation);
    if (!refusal?.fields?.['confirmation']) setAsking(null);
    return refusal;
  };
  const remove = async () => {
    await onRemove(backup);
    setAsking(null);
  };
  const refused = (error: ApiError) => {
    setAsking(null);
    onRefused(error);
  };

  return (
    <>
      <tr>
        <th scope="row" className="safety-backups__made">
          {made}
        </th>
        <td>{formatSize(backup.bytes)}</td>
        <td>
          <div className="button-row">
            <button ref={restoreButton} type="button" className="button button--link" aria-expanded={asking === 'restore'} onClick={() => setAsking('restore')}>
              Restore this {what}
              <span className="visually-hidden"> from {made}</span>
            </button>
            {backup.kind === 'before-restore' && (
              <button ref={removeButton} type="button" className="button button--link" aria-expanded={asking === 'remove'} onClick={() => setAsking('remove')}>
                Remove this copy<span className="visually-hidden"> from {made}</span>
              </button>
            )}
          </div>
        </td>
      </tr>
      {asking && (
        <tr className="safety-backups__confirm">
          <td colSpan={3}>
            {asking === 'restore' ? (
              <RestoreConfirmation backup={backup} onConfirm={restore} onRefused={refused} onCancel={cancel} />
            ) : (
              <RemoveCopyConfirmation createdAt={backup.createdAt} onConfirm={remove} onCancel={cancel} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
