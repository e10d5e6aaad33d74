import { useCallback, useEffect, useRef, useState } from 'react';
import type { Backup } from '../../../shared/backup/schema';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useConferences, type Loadable } from '../conference/store';
import { BackupTable } from './BackupTable';
import { describeBackupTime, newestFirst } from './format';
import { focusWhenShown } from './problems';
import { RefusalNotice } from './RefusalNotice';
import { StatusLine } from './StatusLine';
import { useStatus } from './useStatus';

/**
 * Backups of everything on this computer: made on a schedule or now, and put back on request.
 * The copy of what was here before each restore is listed apart: it is never rotated away.
 */
export function BackupsSection() {
  const [backups, setBackups] = useState<Loadable<readonly Backup[]>>({ state: 'loading' });
  const [error, setError] = useState<ApiError | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const [status, say] = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const loadList = useConferences((state) => state.loadList);

  useEffect(() => {
    let current = true;
    void api.listBackups({}).then((result) => {
      if (current) setBackups(result.ok ? { state: 'loaded', value: newestFirst(result.value) } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, []);

  const showError = useCallback((problem: ApiError) => {
    setError(problem);
    focusWhenShown(errorBox.current, '[role="alert"]');
  }, []);

  const backUpNow = async () => {
    if (backingUp) return;
    setBackingUp(true);
    setError(null);
    const result = await api.backupNow({});
    setBackingUp(false);
    if (!result.ok) return showError(result.error);
    setBackups({ state: 'loaded', value: newestFirst(result.value) });
    say('Backed up');
  };

  const restore = async (backup: Backup, confirmation: string | undefined): Promise<ApiError | null> => {
    setError(null);
    const result = await api.restoreBackup({ name: backup.name, ...(confirmation === undefined ? {} : { confirmation }) });
    if (!result.ok) {
      // A wrong typed word is shown beside the field; anything else here.
      if (!result.error.fields?.['confirmation']) showError(result.error);
      return result.error;
    }
    setBackups({ state: 'loaded', value: newestFirst(result.value) });
    const what = backup.kind === 'backup' ? 'backup' : 'copy';
    say(
      `Restored the ${what} from ${describeBackupTime(backup.createdAt)}. What was here before is kept as a copy under “Copies kept from before a restore” until you remove it.`,
    );
    void loadList();
    // The confirmation goes with the restore; start again from the top of the backups.
    requestAnimationFrame(() => heading.current?.focus());
    return null;
  };

  const remove = async (copy: Backup) => {
    setError(null);
    const result = await api.removeKeptCopy({ name: copy.name });
    if (!result.ok) return showError(result.error);
    setBackups({ state: 'loaded', value: newestFirst(result.value) });
    say(`Removed the copy from ${describeBackupTime(copy.createdAt)}.`);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const actions = { onRestore: restore, onRemove: remove, onRefused: showError };
  const rotated = backups.state === 'loaded' ? backups.value.filter((b) => b.kind === 'backup') : [];
  const kept = backups.state === 'loaded' ? backups.value.filter((b) => b.kind === 'before-restore') : [];

  return (
    <section className="panel safety-part" aria-labelledby="backups-heading">
      <h2 id="backups-heading" ref={heading} tabIndex={-1}>
        Backups
      </h2>
      <p>
        Confer backs up everything on this computer by itself every few hours while it is open, and keeps the newest few
        backups and one a day for the last two weeks. Backups are encrypted like the rest of Confer’s data and stay on this
        computer.
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void backUpNow()} disabled={backingUp}>
          {backingUp ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <StatusLine message={status} />
      <div ref={errorBox} className="safety-error">
        {error && <RefusalNotice message={error.message} />}
      </div>
      {backups.state === 'loading' && <p aria-live="polite">Loading the backups…</p>}
      {backups.state === 'failed' && <ErrorMessage error={backups.error} />}
      {backups.state === 'loaded' &&
        (rotated.length === 0 ? (
          <p>There are no backups on this computer yet.</p>
        ) : (
          <BackupTable backups={rotated} caption="Backups on this computer, newest first" madeHeading="Made" {...actions} />
        ))}
      {kept.length > 0 && (
        <section className="safety-kept" aria-labelledby="kept-copies-heading">
          <h3 id="kept-copies-heading">Copies kept from before a restore</h3>
          <p>
            Before each restore, Confer keeps a copy of everything that was here, including anything the restore took away.
            These copies are not rotated with the backups: each stays until you remove it. Restore one to undo that restore.
          </p>
          <BackupTable backups={kept} caption="Copies kept from before a restore, newest first" madeHeading="Kept" {...actions} />
        </section>
      )}
    </section>
  );
}
