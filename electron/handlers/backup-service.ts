import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { appendAudit } from '../../db/audit/queries';
import {
  BackupRejectedError,
  createBackup,
  listBackups,
  listKeptCopies,
  readBackup,
  removeKeptCopy,
  replaceDatabaseFile,
  rotateBackups,
  verifyBackup,
  type BackupFile,
} from '../../db/backup';
import { readLockToCarry, replaceLock } from '../../db/lock/queries';
import type { Db } from '../../db/open';
import { conferencesRemovedAtRetention, removeConferenceRecords } from '../../db/retention/queries';
import { compareWithBackup, countRecords, insertRestoreRecord, listRestoreRecords, type RestoreComparison, type RestoreRecord } from '../../db/restore/queries';
import { ConflictError } from '../../shared/contract/result';
import type { Logger } from '../log/logger';

/** Backups belong to the application, not to one connection: a restore replaces the connection. */
export interface BackupService {
  /** Rotated backups, then the copies kept from before each restore; each newest first. */
  readonly list: () => BackupFile[];
  readonly create: () => BackupFile;
  /** Checks the backup, then compares it with what is here. */
  readonly compare: (name: string) => { readonly file: BackupFile; readonly comparison: RestoreComparison };
  /**
   * Restores a checked backup once `decide` has seen the comparison (it throws to refuse). What
   * is here is kept first as a copy outside rotation, and the restore is recorded in the
   * database it brings back, with the lock and the records of earlier restores carried over.
   */
  readonly restore: (name: string, decide: (comparison: RestoreComparison) => { readonly confirmedByTyping: boolean }) => RestoreRecord;
  readonly removeKeptCopy: (name: string) => void;
}

export interface BackupServiceOptions {
  readonly folder: string;
  readonly databaseFile: string;
  readonly key: Buffer;
  readonly nativeBinding?: string | undefined;
  /** The person at the keyboard, recorded with each restore. */
  /** Who is acting now (the profile's name; see context.ts). */
  readonly actor: () => string;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly db: () => Db;
  /** Closes the connection, lets `replace` change the closed file, then opens it again and rewires the handlers. */
  readonly reopen: (replace: () => void) => Db;
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { folder, key, nativeBinding, logger } = options;

  const find = (name: string): BackupFile => {
    const found = service.list().find((b) => b.name === name);
    if (!found) throw new ConflictError('That backup could not be found.');
    return found;
  };
  const refusedPlainly = <T>(check: () => T): T => {
    try {
      return check();
    } catch (error) {
      if (error instanceof BackupRejectedError) throw new ConflictError(error.message);
      throw error;
    }
  };

  const service: BackupService = {
    list: () => [...listBackups(folder), ...listKeptCopies(folder)],
    create: () => {
      const made = createBackup(options.db(), folder, options.now());
      rotateBackups(folder, options.now());
      logger.info('backup.created', { backup: made.name });
      return made;
    },
    compare: (name) => {
      const file = find(name);
      const path = join(folder, file.name);
      return refusedPlainly(() => {
        verifyBackup(path, key, nativeBinding);
        return { file, comparison: readBackup(path, key, nativeBinding, (backupDb) => compareWithBackup(options.db(), backupDb)) };
      });
    },
    restore: (name, decide) => {
      const { file, comparison } = service.compare(name);
      const { confirmedByTyping } = decide(comparison);
      const live = options.db();
      // What the restored database would otherwise lose: this computer's lock, and earlier restores' records.
      const lock = readLockToCarry(live);
      const earlierRestores = listRestoreRecords(live);
      // A conference removed at the end of its retention stays removed, whatever the backup holds.
      const removedAtRetention = conferencesRemovedAtRetention(live);
      const kept = createBackup(live, folder, options.now(), 'before-restore');
      const restored = options.reopen(() => replaceDatabaseFile(options.databaseFile, join(folder, file.name)));
      const restoredAt = options.now().toISOString();
      const removedAgain = restored
        .transaction(() => {
          const removed = removedAtRetention.filter((conferenceId) => removeConferenceRecords(restored, conferenceId));
          for (const conferenceId of removed) {
            appendAudit(restored, { at: restoredAt, actor: options.actor(), action: 'delete', entity: 'conference-retention', entityId: conferenceId, conferenceId });
          }
          return removed.length;
        })
        .immediate();
      const record: RestoreRecord = {
        id: randomUUID(),
        restoredAt,
        restoredBy: options.actor(),
        backupName: file.name,
        backupMadeAt: file.createdAt,
        keptCopyName: kept.name,
        before: comparison.now,
        after: countRecords(restored),
        finalisedConferencesRemoved: comparison.finalisedConferencesRemoved,
        auditEventsRemoved: comparison.auditEventsRemoved,
        confirmedByTyping,
      };
      restored
        .transaction(() => {
          replaceLock(restored, lock);
          for (const earlier of earlierRestores) insertRestoreRecord(restored, earlier);
          insertRestoreRecord(restored, record);
          appendAudit(restored, { at: restoredAt, actor: options.actor(), action: 'restore', entity: 'backup', entityId: file.name, conferenceId: null });
        })
        .immediate();
      logger.info('backup.restored', {
        backup: file.name,
        keptCopy: kept.name,
        finalisedConferencesRemoved: record.finalisedConferencesRemoved,
        auditEventsRemoved: record.auditEventsRemoved,
        removedAgainAtRetention: removedAgain,
      });
      return record;
    },
    removeKeptCopy: (name) => {
      refusedPlainly(() => removeKeptCopy(folder, name));
      logger.info('backup.kept-copy-removed', { copy: name });
    },
  };
  return service;
}
