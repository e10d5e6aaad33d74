import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseKeyError, UnencryptedDatabaseError } from '../../db/encryption';
import { closeDatabase, DATABASE_FILE_NAME, openDatabase } from '../../db/open';
import { startApplication } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { makeTempDir } from '../support/temp-dir';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));
function tempFile(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return join(dir.path, 'confer.sqlite');
}

const FAMILY_NAMES = ['Ruby', 'Price', 'Leo', 'Mills', 'Danielle', 'Jordan'];

function writeFamily(db: Database.Database): void {
  db.prepare("INSERT INTO family VALUES ('f1', 'now')").run();
  db.prepare(
    "INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('c1', 'f1', 'Ruby', 'Price', '2016-11-02', 0, 'now', 'now'), ('c2', 'f1', 'Leo Danielle Jordan', 'Mills', '2021-06-14', 1, 'now', 'now')",
  ).run();
}

function rawBytes(file: string): string {
  const parts = [file, `${file}-wal`].map((f) => {
    try {
      return readFileSync(f).toString('latin1');
    } catch {
      return '';
    }
  });
  return parts.join('');
}

describe('encryption at rest', () => {
  it('keeps none of the family’s names in the file’s raw bytes', () => {
    const file = tempFile();
    const db = openDatabase({ file, key: randomBytes(32) });
    writeFamily(db);
    closeDatabase(db);
    const bytes = rawBytes(file);
    for (const name of FAMILY_NAMES) expect(bytes).not.toContain(name);
    expect(bytes.startsWith('SQLite format 3')).toBe(false);
  });

  it('cannot be opened without the key', () => {
    const file = tempFile();
    closeDatabase(openDatabase({ file, key: randomBytes(32) }));
    const raw = new Database(file);
    expect(() => raw.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    raw.close();
  });

  it('refuses a wrong key with a recovery message, and leaves the data as it was', () => {
    const file = tempFile();
    const key = randomBytes(32);
    const db = openDatabase({ file, key });
    writeFamily(db);
    closeDatabase(db);
    const before = readFileSync(file);
    expect(() => openDatabase({ file, key: randomBytes(32) })).toThrow(DatabaseKeyError);
    expect(() => openDatabase({ file, key: randomBytes(32) })).toThrow(/have not been changed or deleted/);
    expect(readFileSync(file).equals(before)).toBe(true);
    const reopened = openDatabase({ file, key });
    expect(reopened.prepare('SELECT count(*) FROM child').pluck().get()).toBe(2);
    closeDatabase(reopened);
  });

  it('encrypts an existing unencrypted database in place when its key is new, keeping its records', () => {
    const file = tempFile();
    const plain = new Database(file);
    plain.pragma('journal_mode = WAL');
    plain.exec("CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('Ruby Price likes reading');");
    plain.close();
    expect(rawBytes(file)).toContain('Ruby Price');

    const key = randomBytes(32);
    const db = openDatabase({ file, key, unencrypted: 'encrypt-in-place' });
    expect(db.prepare('SELECT text FROM note').pluck().get()).toBe('Ruby Price likes reading');
    closeDatabase(db);
    expect(rawBytes(file)).not.toContain('Ruby');
    const again = openDatabase({ file, key });
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    closeDatabase(again);
  });

  it('issue 14 item 11: refuses an unencrypted database unless its key is new, and changes nothing', () => {
    const dataDir = makeTempDir();
    dirs.push(dataDir);
    const file = join(dataDir.path, DATABASE_FILE_NAME);
    // A plaintext database put where the encrypted one was (a downgrade), with records of its own.
    const plain = new Database(file);
    plain.exec("CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('forged');");
    plain.close();
    const before = readFileSync(file);
    const filesBefore = readdirSync(dataDir.path);

    expect(() => openDatabase({ file, key: randomBytes(32) })).toThrow(UnencryptedDatabaseError);
    expect(() => openDatabase({ file, key: randomBytes(32), unencrypted: 'refuse' })).toThrow(/not encrypted[^]*Confer has not opened or changed it/);
    // Both hosts start through here; neither says the key is new unless it made it on this start.
    expect(() => startApplication({ dataDir: dataDir.path, actor: 'test-user', logger: silentLogger, key: randomBytes(32), backupEveryHours: 0 })).toThrow(UnencryptedDatabaseError);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dataDir.path)).toEqual(filesBefore);
  });
});
