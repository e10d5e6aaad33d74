import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyKey, canRead } from './encryption';
import { createPrivateFile, makeFilesPrivate, makePrivateFolder } from './files';
import { latestVersion } from './migrations';
import type { Db } from './open';

/**
 * Online backups. better-sqlite3's `backup()` cannot write an encrypted (SQLCipher) target, so a
 * backup is made with `VACUUM INTO`: like the backup API it is a consistent copy taken inside a
 * read transaction while the app runs (never a file copy of a live WAL database), and the copy is
 * encrypted with the same key.
 *
 * Two kinds share the folder: backups, rotated; and the copy of what was there before each
 * restore, kept outside rotation until someone removes it, as it may hold finalised conferences
 * and audit events that the restore took away.
 */
export const BACKUP_FOLDER = 'backups';
export type BackupKind = 'backup' | 'before-restore';
const PREFIX: Readonly<Record<BackupKind, string>> = { backup: 'confer', 'before-restore': 'confer-before-restore' };
const NAME: Readonly<Record<BackupKind, RegExp>> = {
  backup: /^confer-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/,
  'before-restore': /^confer-before-restore-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/,
};

export interface BackupFile {
  readonly name: string;
  readonly kind: BackupKind;
  readonly createdAt: string;
  readonly bytes: number;
}

export class BackupRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRejectedError';
  }
}

export function createBackup(db: Db, folder: string, now: Date, kind: BackupKind = 'backup'): BackupFile {
  makePrivateFolder(folder);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let name = `${PREFIX[kind]}-${stamp}.sqlite`;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${PREFIX[kind]}-${stamp}-${n}.sqlite`;
  // VACUUM INTO fills an empty file, which keeps the mode it was made with (SQLite would use 0644).
  createPrivateFile(join(folder, name));
  db.prepare('VACUUM INTO ?').run(join(folder, name));
  return describe(folder, name, kind);
}

/** The backups folder and every file in it for this user alone, including those made before modes were set. */
export function protectBackups(folder: string): void {
  if (!existsSync(folder)) return;
  makePrivateFolder(folder);
  makeFilesPrivate(...[...listBackups(folder), ...listKeptCopies(folder)].map((file) => join(folder, file.name)));
}

/** The rotated backups, newest first. */
export function listBackups(folder: string): BackupFile[] {
  return listKind(folder, 'backup');
}

/** The copies of what was there before each restore, newest first: never rotated. */
export function listKeptCopies(folder: string): BackupFile[] {
  return listKind(folder, 'before-restore');
}

/** Removes one copy kept from before a restore, at the person's request; backups are left to rotation. */
export function removeKeptCopy(folder: string, name: string): void {
  if (!listKeptCopies(folder).some((copy) => copy.name === name)) throw new BackupRejectedError('That copy could not be found. It may have been removed already.');
  rmSync(join(folder, name));
}

/** Keeps the newest few, and the newest of each of the last two weeks' days; removes the rest. Kept copies are not touched. */
export function rotateBackups(folder: string, now: Date, keepNewest = 5, keepDays = 14): readonly string[] {
  const backups = listBackups(folder);
  const keep = new Set(backups.slice(0, keepNewest).map((b) => b.name));
  const oldest = new Date(now.getTime() - keepDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const backup of backups) {
    const day = backup.createdAt.slice(0, 10);
    if (day >= oldest && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(backup.name);
    }
  }
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(join(folder, name));
  return removed;
}

/**
 * Checks a backup before it replaces anything: it must open with the key, pass SQLite's
 * integrity check, and not come from a newer version of Confer.
 */
export function verifyBackup(file: string, key: Buffer, nativeBinding?: string): void {
  readBackup(file, key, nativeBinding, (db) => {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupRejectedError('That backup is damaged, so it was not restored.');
    if ((db.pragma('user_version', { simple: true }) as number) > latestVersion()) {
      throw new BackupRejectedError('That backup was made by a newer version of Confer, so it was not restored.');
    }
  });
}

/** Opens a backup read only with the key, for `read`, and closes it again. */
export function readBackup<T>(file: string, key: Buffer, nativeBinding: string | undefined, read: (db: Db) => T): T {
  if (!existsSync(file)) throw new BackupRejectedError('That backup could not be found.');
  const db = new Database(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    applyKey(db, key);
    // Checking a large backup sorts; SQLite's temporary files are not encrypted (issue 14 item 7).
    db.pragma('temp_store = MEMORY');
    if (!canRead(db)) throw new BackupRejectedError('That backup cannot be opened with this computer’s key, so it was not restored.');
    return read(db);
  } finally {
    db.close();
  }
}

/** Replaces the (closed) database file with a verified backup, removing the old WAL and SHM files. */
export function replaceDatabaseFile(databaseFile: string, backupFile: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  copyFileSync(backupFile, databaseFile);
  makeFilesPrivate(databaseFile);
}

function listKind(folder: string, kind: BackupKind): BackupFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => NAME[kind].test(name))
    .map((name) => describe(folder, name, kind))
    .sort((a, b) => (order(a.name, kind) < order(b.name, kind) ? 1 : -1));
}

/** Newest first: by time, then by the suffix that tells apart backups made in the same second. */
function order(name: string, kind: BackupKind): string {
  const match = NAME[kind].exec(name);
  return `${match?.[1] ?? ''}${match?.[2] ?? ''}-${(match?.[3] ?? '1').padStart(6, '0')}`;
}

function describe(folder: string, name: string, kind: BackupKind): BackupFile {
  const match = NAME[kind].exec(name);
  const [date, time] = [match?.[1] ?? '00000000', match?.[2] ?? '000000'];
  const createdAt = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}Z`;
  return { name, kind, createdAt, bytes: statSync(join(folder, name)).size };
}
