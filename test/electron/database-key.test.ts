import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_KEY_FILE, DatabaseKeyUnavailableError, loadDatabaseKey, testDatabaseKey, type SecureStorage } from '../../electron/main/database-key';
import { UnencryptedDatabaseError } from '../../db/encryption';
import { makeTempDir } from '../support/temp-dir';

/** A stand-in for the OS keychain: reversible, but not the identity, so plaintext never lands on disk. */
function fakeStorage(overrides: Partial<SecureStorage> = {}): SecureStorage {
  return {
    isAvailable: () => true,
    backend: () => 'gnome_libsecret',
    encrypt: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
    decrypt: (data) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
    ...overrides,
  };
}

let dir: ReturnType<typeof makeTempDir>;
let databaseFile: string;
beforeEach(() => {
  dir = makeTempDir();
  databaseFile = join(dir.path, 'confer.sqlite');
});
afterEach(() => dir.remove());

const load = (storage: SecureStorage = fakeStorage()) => loadDatabaseKey({ dataDir: dir.path, databaseFile, storage });

describe('the database key in the Electron app', () => {
  it('is made once, 32 random bytes, and the same key comes back on the next start', () => {
    const first = load();
    expect(first.key).toHaveLength(32);
    expect(first.isNew).toBe(true);
    const again = load();
    expect(again.key.equals(first.key)).toBe(true);
    expect(again.isNew).toBe(false);
  });

  it('is stored only encrypted by the secure storage, readable by this user alone', () => {
    const { key } = load();
    const file = join(dir.path, DATABASE_KEY_FILE);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(key.toString('hex'));
    expect(JSON.parse(text)).toMatchObject({ version: 1, backend: 'gnome_libsecret' });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('refuses to start without secure storage', () => {
    expect(() => load(fakeStorage({ isAvailable: () => false }))).toThrow(DatabaseKeyUnavailableError);
    expect(existsSync(join(dir.path, DATABASE_KEY_FILE))).toBe(false);
  });

  it("refuses Linux's basic_text storage, whose password is public", () => {
    expect(() => load(fakeStorage({ backend: () => 'basic_text' }))).toThrow(/no secure storage/);
    expect(existsSync(join(dir.path, DATABASE_KEY_FILE))).toBe(false);
  });

  it('refuses when the secure storage backend has changed since the key was stored', () => {
    load();
    expect(() => load(fakeStorage({ backend: () => 'kwallet6' }))).toThrow(/changed \(from gnome_libsecret to kwallet6\)/);
  });

  it('refuses, without making a new key, when the secure storage cannot decrypt the key', () => {
    load();
    const before = readFileSync(join(dir.path, DATABASE_KEY_FILE), 'utf8');
    expect(() => load(fakeStorage({ decrypt: () => { throw new Error('Error while decrypting the ciphertext'); } }))).toThrow(/could not unlock/);
    expect(readFileSync(join(dir.path, DATABASE_KEY_FILE), 'utf8')).toBe(before);
  });

  it('never makes a new key for an encrypted database whose key file is missing', () => {
    writeFileSync(databaseFile, Buffer.alloc(4096, 7));
    expect(() => load()).toThrow(/key is missing/);
    expect(existsSync(join(dir.path, DATABASE_KEY_FILE))).toBe(false);
  });

  it('makes a key for an unencrypted database from before (which is then encrypted in place)', () => {
    writeFileSync(databaseFile, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]));
    expect(load()).toMatchObject({ isNew: true, key: expect.any(Buffer) });
  });

  it('issue 14 item 11: refuses an unencrypted database when its key already exists, changing nothing', () => {
    load();
    const keyFile = join(dir.path, DATABASE_KEY_FILE);
    const keyBefore = readFileSync(keyFile);
    // Someone has put a plaintext database where the encrypted one was.
    const planted = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080, 1)]);
    writeFileSync(databaseFile, planted);
    expect(() => load()).toThrow(UnencryptedDatabaseError);
    expect(() => load()).toThrow(/not encrypted, but this computer already holds its key[^]*has not opened or changed it/);
    expect(readFileSync(databaseFile).equals(planted)).toBe(true);
    expect(readFileSync(keyFile).equals(keyBefore)).toBe(true);
    expect(readdirSync(dir.path).sort()).toEqual(['confer.sqlite', DATABASE_KEY_FILE]);
  });

  it('refuses a damaged key file', () => {
    writeFileSync(join(dir.path, DATABASE_KEY_FILE), '{"version":1,');
    expect(() => load()).toThrow(/damaged/);
  });
});

describe('the CONFER_DB_KEY test hook', () => {
  const hex = 'ab'.repeat(32);
  it('is used only by an unpackaged app', () => {
    expect(testDatabaseKey(false, { CONFER_DB_KEY: hex })?.toString('hex')).toBe(hex);
    expect(testDatabaseKey(true, { CONFER_DB_KEY: hex })).toBeNull();
    expect(testDatabaseKey(false, {})).toBeNull();
  });
  it('must be 64 hexadecimal digits', () => {
    expect(() => testDatabaseKey(false, { CONFER_DB_KEY: 'short' })).toThrow(DatabaseKeyUnavailableError);
  });
});
