import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';

/** A database key is 32 random bytes; SQLCipher takes it as a raw hex key (no passphrase derivation). */
export const DATABASE_KEY_BYTES = 32;

export class DatabaseKeyError extends Error {
  constructor() {
    super(
      'Confer could not unlock its database with the key this computer holds. Your records have not been changed or deleted. ' +
        'Contact your IT service desk: the key may need to be restored from this user account’s secure storage, or the data restored from a backup.',
    );
    this.name = 'DatabaseKeyError';
  }
}

/**
 * An unencrypted database where an encrypted one belongs: its key already exists, so the file
 * was encrypted before and someone may have put a plaintext one (records of their own making) in
 * its place. Refused before anything is opened or written.
 */
export class UnencryptedDatabaseError extends Error {
  constructor() {
    super(
      'Confer’s database on this computer is not encrypted, but this computer already holds its key, so the file may have been replaced. ' +
        'Confer has not opened or changed it. Contact your IT service desk: the data may need to be restored from a backup.',
    );
    this.name = 'UnencryptedDatabaseError';
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file is an ordinary, unencrypted SQLite database (an encrypted one starts with random bytes). */
export function isPlaintextDatabase(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function assertKeyShape(key: Buffer): void {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error(`A database key must be ${DATABASE_KEY_BYTES} bytes.`);
}

/** Selects SQLCipher's format and gives the key; must be the first statements on a connection. */
export function applyKey(db: Database.Database, key: Buffer): void {
  assertKeyShape(key);
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma(`legacy = 4`);
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Reading the schema is the first thing that fails with a wrong key. */
export function canRead(db: Database.Database): boolean {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  }
}

/**
 * Encrypts an existing unencrypted database in place. SQLCipher cannot rekey a WAL database, so
 * the log is folded in and the journal switched to DELETE first; WAL is turned back on after.
 */
export function encryptPlaintextDatabase(db: Database.Database, key: Buffer): void {
  assertKeyShape(key);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma(`legacy = 4`);
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
}
