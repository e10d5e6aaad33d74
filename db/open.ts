import Database from 'better-sqlite3-multiple-ciphers';
import { dirname } from 'node:path';
import { runMigrations } from './migrations';
import { applyKey, canRead, DatabaseKeyError, encryptPlaintextDatabase, isPlaintextDatabase, UnencryptedDatabaseError } from './encryption';
import { createPrivateFile, makeFilesPrivate, makePrivateFolder } from './files';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path of the database file; it and its folder are created if missing, for this user alone. */
  readonly file: string;
  /**
   * The 32-byte key the file is encrypted with (SQLCipher). The Electron app keeps it in the
   * operating system's secure storage; the web host and tests bring their own.
   */
  readonly key: Buffer;
  /** Path to better-sqlite3's compiled addon, for Electron's ABI (see README, "The native module"). */
  readonly nativeBinding?: string;
  /**
   * What to do with an unencrypted file. Only a key made on this start may encrypt one in place
   * (a database from before encryption); otherwise it is refused, untouched.
   */
  readonly unencrypted?: 'encrypt-in-place' | 'refuse';
}

export const DATABASE_FILE_NAME = 'confer.sqlite';

/**
 * The one place the database is opened: key, pragmas, then migrations. An unencrypted database
 * from before encryption is encrypted in place when its key is new, and refused otherwise; a wrong
 * key is refused. Neither refusal touches the file.
 */
export function openDatabase(options: OpenDatabaseOptions): Db {
  makePrivateFolder(dirname(options.file));
  // SQLite would create the file readable by everyone (0644); an empty file is a new database to it.
  createPrivateFile(options.file);
  const plaintext = isPlaintextDatabase(options.file);
  if (plaintext && (options.unencrypted ?? 'refuse') === 'refuse') throw new UnencryptedDatabaseError();
  const db = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (plaintext) {
      encryptPlaintextDatabase(db, options.key);
    } else {
      applyKey(db, options.key);
      if (!canRead(db)) throw new DatabaseKeyError();
    }
    db.pragma('journal_mode = WAL');
    // SQLite gives the log and shared-memory files the database file's mode; set it anyway.
    makeFilesPrivate(`${options.file}-wal`, `${options.file}-shm`);
    // Temporary tables and indices (sorting, VACUUM) stay in memory: a temporary file is not encrypted.
    db.pragma('temp_store = MEMORY');
    // FULL: a contribution acknowledged as saved survives a power cut, not only a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Close cleanly: fold the write-ahead log back into the main file first. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
