import type { Backup } from '../../../shared/backup/schema';
import { BackupRow } from './BackupRow';

interface BackupTableProps {
  readonly backups: readonly Backup[];
  /** Resolves once restored or refused. */
  readonly onRestore: (backup: Backup) => Promise<unknown>;
}

export function BackupTable({ backups, onRestore }: BackupTableProps) {
  return (
    <div className="table-scroll">
      <table className="table safety-backups">
        <caption className="visually-hidden">Backups on this computer, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <BackupRow key={backup.name} backup={backup} onRestore={onRestore} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
