import { useRef, useState } from 'react';
import type { Backup } from '../../../shared/backup/schema';
import { formatBackupTime, formatSize } from './format';
import { RestoreConfirmation } from './RestoreConfirmation';

interface BackupRowProps {
  readonly backup: Backup;
  /** Resolves once restored or refused; the section shows which. */
  readonly onRestore: (backup: Backup) => Promise<unknown>;
}

/** One backup; restoring it asks first, in a row of its own beneath (no pop-up window). */
export function BackupRow({ backup, onRestore }: BackupRowProps) {
  const [confirming, setConfirming] = useState(false);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const made = formatBackupTime(backup.createdAt);

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => restoreButton.current?.focus());
  };
  // Either way the question is answered: the section then moves focus to what happened.
  const confirm = async () => {
    await onRestore(backup);
    setConfirming(false);
  };

  return (
    <>
      <tr>
        <th scope="row" className="safety-backups__made">
          {made}
        </th>
        <td>{formatSize(backup.bytes)}</td>
        <td>
          <button
            ref={restoreButton}
            type="button"
            className="button button--link"
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            Restore this backup<span className="visually-hidden"> from {made}</span>
          </button>
        </td>
      </tr>
      {confirming && (
        <tr className="safety-backups__confirm">
          <td colSpan={3}>
            <RestoreConfirmation createdAt={backup.createdAt} onConfirm={confirm} onCancel={cancel} />
          </td>
        </tr>
      )}
    </>
  );
}
