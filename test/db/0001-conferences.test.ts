import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function migratedTo(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, version);
  return db;
}

describe('migration 0001: conferences', () => {
  it('creates families, children, conferences and the audit trail', () => {
    const db = migratedTo(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['audit_event', 'child', 'conference', 'family']));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('requires a child to have either a date of birth or an expected date of delivery, not both', () => {
    const db = migratedTo(1);
    db.prepare("INSERT INTO family VALUES ('f1', '2026-01-01T00:00:00Z')").run();
    const insert = db.prepare(
      "INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, position, created_at) VALUES (?, 'f1', 'A', 'B', ?, ?, 0, 'now')",
    );
    expect(() => insert.run('c1', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('c2', '2020-01-01', '2026-08-10')).toThrow(/CHECK/);
    insert.run('c3', '2020-01-01', null);
    insert.run('c4', null, '2026-08-10');
  });

  it('refuses an unknown conference type or status', () => {
    const db = migratedTo(1);
    db.prepare("INSERT INTO family VALUES ('f1', 'now')").run();
    const insert = db.prepare(
      "INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES (?, 'f1', ?, ?, '2026-03-19', '10:00', 'now', 'now')",
    );
    expect(() => insert.run('k1', 'informal', 'draft')).toThrow(/CHECK/);
    expect(() => insert.run('k2', 'initial', 'archived')).toThrow(/CHECK/);
    insert.run('k3', 'initial', 'draft');
  });

  it('keeps the audit trail append-only, whatever the app does', () => {
    const db = migratedTo(1);
    db.prepare("INSERT INTO audit_event (at, actor, action, entity, entity_id) VALUES ('now', 'a', 'create', 'conference', 'k1')").run();
    expect(() => db.prepare("UPDATE audit_event SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_event').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT actor FROM audit_event').pluck().all()).toEqual(['a']);
  });
});
