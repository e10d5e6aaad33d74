import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function seeded() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 5);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', 'now', 'now');
  `);
  runMigrations(db, undefined, 6);
  return db;
}

const ignore = (db: Database.Database, id: string, reason = 'Quoting the referral.') =>
  db
    .prepare(
      `INSERT INTO language_ignore (id, conference_id, record_kind, record_id, field, rule_id, flagged_text, reason, decided_by, decided_at)
       VALUES (?, 'k1', 'conference', 'k1', 'chairDeclaration', 'judgemental.practice-labels', 'disguised compliance', ?, 'chair', 'now')`,
    )
    .run(id, reason);

describe('migration 0006: language checks', () => {
  it('adds the authority pack (one row, JSON only) and ignore decisions kept with their record', () => {
    const db = seeded();
    db.prepare("INSERT INTO language_authority_pack VALUES (1, '{\"id\":\"northmere\"}', 'now', 'admin')").run();
    expect(() => db.prepare("INSERT INTO language_authority_pack VALUES (2, '{}', 'now', 'admin')").run()).toThrow();
    expect(() => db.prepare("UPDATE language_authority_pack SET pack = 'not json' WHERE id = 1").run()).toThrow();
    ignore(db, 'i1');
    expect(db.prepare('SELECT record_kind, field, rule_id, flagged_text FROM language_ignore').get()).toEqual({
      record_kind: 'conference',
      field: 'chairDeclaration',
      rule_id: 'judgemental.practice-labels',
      flagged_text: 'disguised compliance',
    });
    expect(() => ignore(db, 'i2', '  ')).toThrow();
  });

  it('refuses any change to the decisions of a finalised conference', () => {
    const db = seeded();
    ignore(db, 'i1');
    db.prepare("UPDATE conference SET status = 'finalised' WHERE id = 'k1'").run();
    expect(() => ignore(db, 'i2')).toThrow(/finalised/);
    expect(() => db.prepare("UPDATE language_ignore SET reason = 'changed' WHERE id = 'i1'").run()).toThrow(/finalised/);
    expect(() => db.prepare("DELETE FROM language_ignore WHERE id = 'i1'").run()).toThrow(/finalised/);
  });
});
