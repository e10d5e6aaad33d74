import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

describe('migration 0005: app lock', () => {
  it('holds at most one passphrase hash', () => {
    const db = new Database(':memory:');
    runMigrations(db, undefined, 5);
    db.prepare("INSERT INTO app_lock (id, salt, hash, set_at) VALUES (1, 'aa', 'bb', 'now')").run();
    expect(() => db.prepare("INSERT INTO app_lock (id, salt, hash, set_at) VALUES (2, 'aa', 'bb', 'now')").run()).toThrow(/CHECK/);
  });
});
