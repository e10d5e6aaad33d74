import { useEffect, useRef, useState } from 'react';
import type { Backup } from '../../../shared/backup/schema';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useConferences, type Loadable } from '../conference/store';
import { BackupTable } from './BackupTable';
import { describeBackupTime, newestFirst } from './format';
import { RefusalNotice } from './RefusalNotice';
import { StatusLine } from './StatusLine';
import { useStatus } from './useStatus';

/** Backups of everything on this computer: made on a schedule or now, and put back on request. */
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

  const showError = (problem: ApiError) => {
    setError(problem);
    requestAnimationFrame(() => errorBox.current?.querySelector<HTMLElement>('[role="alert"]')?.focus());
  };

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

  const restore = async (backup: Backup): Promise<boolean> => {
    setError(null);
    const result = await api.restoreBackup({ name: backup.name });
    if (!result.ok) {
      showError(result.error);
      return false;
    }
    setBackups({ state: 'loaded', value: newestFirst(result.value) });
    say(`Restored the backup from ${describeBackupTime(backup.createdAt)}. What was here before is backed up too: it is the newest backup in the list.`);
    void loadList();
    // The confirmation goes with the restore; start again from the top of the backups.
    requestAnimationFrame(() => heading.current?.focus());
    return true;
  };

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
        (backups.value.length === 0 ? <p>There are no backups on this computer yet.</p> : <BackupTable backups={backups.value} onRestore={restore} />)}
    </section>
  );
}

