import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_KEY_BYTES, isPlaintextDatabase, UnencryptedDatabaseError } from '../../db/encryption';
import { makeFilesPrivate } from '../../db/files';

/**
 * The database key in the Electron app: 32 random bytes, kept only encrypted by the operating
 * system's secure storage (Electron safeStorage: DPAPI on Windows, the Keychain on macOS,
 * libsecret/KWallet on Linux), in `database-key.json` beside the data. The model is Signal's
 * (model-codebases.md §3): refuse Linux's `basic_text` backend (a fixed, public password),
 * remember the backend and refuse a silent change, confirm a new key round-trips before using it,
 * and never make a new key for an existing encrypted database.
 *
 * Pure apart from the files: the OS storage is passed in, so every refusal is unit-tested.
 */
export interface SecureStorage {
  readonly isAvailable: () => boolean;
  /** Linux: Electron's selected backend; other platforms: the platform name. */
  readonly backend: () => string;
  readonly encrypt: (plainText: string) => Buffer;
  readonly decrypt: (encrypted: Buffer) => string;
}

export const DATABASE_KEY_FILE = 'database-key.json';

interface StoredKey {
  readonly version: 1;
  readonly encryptedKey: string;
  readonly backend: string;
}

/** A safe, actionable message: shown to the user as it is. Never contains the key. */
export class DatabaseKeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseKeyUnavailableError';
  }
}

/** The key, and whether this start made it: only a new key may encrypt an unencrypted database in place. */
export interface DatabaseKey {
  readonly key: Buffer;
  readonly isNew: boolean;
}

const KEEP_SAFE = 'Your records have not been changed or deleted.';
const HEX_KEY = new RegExp(`^[0-9a-f]{${DATABASE_KEY_BYTES * 2}}$`);

export function loadDatabaseKey(options: { readonly dataDir: string; readonly databaseFile: string; readonly storage: SecureStorage }): DatabaseKey {
  const { dataDir, databaseFile, storage } = options;
  if (!storage.isAvailable()) {
    throw new DatabaseKeyUnavailableError(
      `Confer cannot reach this computer's secure storage (keychain), so it cannot unlock its database. ${KEEP_SAFE} Sign in to the desktop normally, or contact your IT service desk.`,
    );
  }
  const backend = storage.backend();
  if (backend === 'basic_text') {
    throw new DatabaseKeyUnavailableError(
      `This computer has no secure storage (keyring) for Confer's database key, so Confer will not start. ${KEEP_SAFE} Ask your IT service desk to set up GNOME Keyring or KWallet.`,
    );
  }

  const file = join(dataDir, DATABASE_KEY_FILE);
  if (existsSync(file)) {
    // A key exists, so the database was encrypted with it: an unencrypted one in its place was
    // put there (a downgrade). Refused before the key is even read; db/open.ts refuses it too.
    if (isPlaintextDatabase(databaseFile)) throw new UnencryptedDatabaseError();
    makeFilesPrivate(file); // a key file from before modes were set
    return { key: readStoredKey(file, backend, storage), isNew: false };
  }

  // No key file: a new key is right only if there is no database yet, or an unencrypted one
  // (db/open.ts encrypts that in place). An encrypted database without its key stays untouched.
  if (existsSync(databaseFile) && !isPlaintextDatabase(databaseFile)) {
    throw new DatabaseKeyUnavailableError(
      `Confer's database key is missing from this computer (${DATABASE_KEY_FILE}). ${KEEP_SAFE} Contact your IT service desk to restore it or the data from a backup.`,
    );
  }
  return { key: createStoredKey(file, backend, storage), isNew: true };
}

function readStoredKey(file: string, backend: string, storage: SecureStorage): Buffer {
  let stored: StoredKey;
  try {
    stored = parseStoredKey(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new DatabaseKeyUnavailableError(`Confer's database key file is damaged. ${KEEP_SAFE} Contact your IT service desk to restore it from a backup.`);
  }
  if (stored.backend !== backend) {
    throw new DatabaseKeyUnavailableError(
      `This computer's secure storage changed (from ${stored.backend} to ${backend}) since Confer last ran, so Confer cannot unlock its database. ${KEEP_SAFE} Contact your IT service desk.`,
    );
  }
  let hex: string;
  try {
    hex = storage.decrypt(Buffer.from(stored.encryptedKey, 'hex'));
  } catch {
    throw new DatabaseKeyUnavailableError(
      `This computer's secure storage could not unlock Confer's database key (for example after a change of user account or keyring). ${KEEP_SAFE} Contact your IT service desk.`,
    );
  }
  if (!HEX_KEY.test(hex)) throw new DatabaseKeyUnavailableError(`Confer's database key could not be read. ${KEEP_SAFE} Contact your IT service desk.`);
  return Buffer.from(hex, 'hex');
}

function createStoredKey(file: string, backend: string, storage: SecureStorage): Buffer {
  const key = randomBytes(DATABASE_KEY_BYTES);
  const stored: StoredKey = { version: 1, encryptedKey: storage.encrypt(key.toString('hex')).toString('hex'), backend };
  // Written whole (temporary file, then rename) so a crash never leaves half a key file.
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  makeFilesPrivate(partial); // the mode above is cut down by the umask, never raised
  renameSync(partial, file);
  // Confirm the round trip before any data is encrypted with this key.
  const confirmed = readStoredKey(file, backend, storage);
  if (!confirmed.equals(key)) throw new DatabaseKeyUnavailableError(`Confer could not store its database key safely. ${KEEP_SAFE} Contact your IT service desk.`);
  return key;
}

function parseStoredKey(value: unknown): StoredKey {
  if (typeof value !== 'object' || value === null) throw new Error('not an object');
  const record = value as Record<string, unknown>;
  if (record['version'] !== 1 || typeof record['encryptedKey'] !== 'string' || typeof record['backend'] !== 'string') throw new Error('wrong shape');
  if (!/^[0-9a-f]+$/.test(record['encryptedKey'])) throw new Error('not hex');
  return { version: 1, encryptedKey: record['encryptedKey'], backend: record['backend'] };
}

/**
 * Test hook (with CONFER_USER_DATA_DIR): CI machines have no unlocked keychain, so an unpackaged
 * app under test may take its key from CONFER_DB_KEY (64 hex digits), like the web host.
 * A packaged app never reads it.
 */
export function testDatabaseKey(isPackaged: boolean, env: NodeJS.ProcessEnv): Buffer | null {
  const value = env['CONFER_DB_KEY'];
  if (isPackaged || value === undefined) return null;
  if (!HEX_KEY.test(value.toLowerCase())) throw new DatabaseKeyUnavailableError('CONFER_DB_KEY must hold 64 hexadecimal digits.');
  return Buffer.from(value, 'hex');
}
