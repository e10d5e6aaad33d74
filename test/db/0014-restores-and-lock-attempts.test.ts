import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 12);
  db.prepare("INSERT INTO app_lock (id, salt, hash, set_at) VALUES (1, 'aa', 'bb', 'now')").run();
  runMigrations(db, undefined, 14);
});

const restore = (overrides: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO backup_restore VALUES (@id, '2026-03-20T09:00:00.000Z', 'priya', 'confer-20260319-090000.sqlite', '2026-03-19T09:00:00Z',
        'confer-before-restore-20260320-090000.sqlite', 4, 2, 120, 3, 1, 90, @finalisedRemoved, @auditRemoved, @typed)`,
    )
    .run({ id: 'r1', finalisedRemoved: 1, auditRemoved: 30, typed: 1, ...overrides });

describe('migration 0014: restores recorded, and the app lock’s wrong passphrases kept', () => {
  it('keeps a passphrase set before, with no wrong attempts, no pause and unlocked', () => {
    expect(db.prepare('SELECT salt, hash, failed_attempts, paused_until, locked FROM app_lock').all()).toEqual([
      { salt: 'aa', hash: 'bb', failed_attempts: 0, paused_until: null, locked: 0 },
    ]);
    expect(() => db.prepare('UPDATE app_lock SET failed_attempts = -1').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE app_lock SET locked = 2').run()).toThrow(/CHECK/);
  });

  it('records a restore with its counts, never changed or removed', () => {
    restore();
    expect(() => db.prepare("UPDATE backup_restore SET restored_by = 'someone else'").run()).toThrow('never changed');
    expect(() => db.prepare('DELETE FROM backup_restore').run()).toThrow('never removed');
    expect(db.prepare('SELECT count(*) FROM backup_restore').pluck().get()).toBe(1);
  });

  it('refuses a restore that removed finalised conferences or audit events without being typed to confirm', () => {
    expect(() => restore({ typed: 0 })).toThrow(/CHECK/);
    expect(() => restore({ typed: 0, finalisedRemoved: 0 })).toThrow(/CHECK/);
    restore({ typed: 0, finalisedRemoved: 0, auditRemoved: 0 });
  });
});
