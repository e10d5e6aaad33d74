import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/open';
import { applyKey } from '../../db/encryption';
import { DatabaseFromNewerVersionError, latestVersion, runMigrations, type Migration } from '../../db/migrations';
import { makeTempDir } from '../support/temp-dir';
import { randomBytes } from 'node:crypto';

const key = randomBytes(32);

const dirs: { remove: () => void }[] = [];
function tempFile(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return join(dir.path, 'nested', 'confer.sqlite');
}
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

describe('opening the database', () => {
  it('creates the folder and file, in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase({ file: tempFile(), key });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    closeDatabase(db);
  });

  it('issue 14 item 7: keeps temporary tables and indices in memory, never in a plaintext temporary file', () => {
    const file = tempFile();
    closeDatabase(openDatabase({ file, key }));
    // Every connection, not only the first: the pragma lasts as long as the connection.
    const db = openDatabase({ file, key });
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // 2 is MEMORY
    closeDatabase(db);
  });

  it('opens an existing database again without re-running migrations', () => {
    const file = tempFile();
    closeDatabase(openDatabase({ file, key }));
    const db = openDatabase({ file, key });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    closeDatabase(db);
  });

  it('refuses a database written by a newer version of Confer, and leaves it untouched', () => {
    const file = tempFile();
    closeDatabase(openDatabase({ file, key }));
    const raw = new Database(file);
    applyKey(raw, key);
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.close();
    expect(() => openDatabase({ file, key })).toThrow(DatabaseFromNewerVersionError);
    expect(() => openDatabase({ file, key })).toThrow(/newer version of Confer/);
    const check = new Database(file);
    applyKey(check, key);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion() + 5);
    check.close();
  });
});

describe('migrations', () => {
  const noop = (version: number): Migration => ({ version, name: `m${version}`, up: () => {} });

  it('must have strictly increasing versions', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, [noop(1), noop(1)])).toThrow(/not above/);
    expect(() => runMigrations(db, [noop(2), noop(1)])).toThrow(/not above/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });

  it('apply all pending migrations in one transaction: a failure leaves the schema as it was', () => {
    const db = new Database(':memory:');
    const failing: Migration = { version: 2, name: 'fails', up: () => { throw new Error('boom'); } };
    const creating: Migration = { version: 1, name: 'creates', up: (d) => d.exec('CREATE TABLE t (x INTEGER) STRICT') };
    expect(() => runMigrations(db, [creating, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({ n: 0 });
  });
});
