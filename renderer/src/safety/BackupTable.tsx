import type { Backup } from '../../../shared/backup/schema';
import { BackupRow, type BackupActions } from './BackupRow';

interface BackupTableProps extends BackupActions {
  readonly backups: readonly Backup[];
  readonly caption: string;
  readonly madeHeading: string;
}

export function BackupTable({ backups, caption, madeHeading, ...actions }: BackupTableProps) {
  return (
    <div className="table-scroll">
      <table className="table safety-backups">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{madeHeading}</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <BackupRow key={backup.name} backup={backup} {...actions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
