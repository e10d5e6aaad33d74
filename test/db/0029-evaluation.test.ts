import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 25);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('c1', 'f1', 'Noor', 'Hale', '2017-01-01', 0, 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-05-11', '14:00', 'now', 'now');
    INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors)
      VALUES ('e1', 'k1', 'record', 'standard', NULL, 'now', 'Chair', 0);
  `);
  runMigrations(db);
  return db;
}

describe('migration 0029: what the evaluation needs', () => {
  it('gives rows from before an empty person id and team, and documents made before no measures', () => {
    const db = migrated();
    expect(db.prepare("SELECT cms_person_id FROM child WHERE id = 'c1'").get()).toEqual({ cms_person_id: '' });
    expect(db.prepare("SELECT team FROM conference WHERE id = 'k1'").get()).toEqual({ team: '' });
    expect(db.prepare("SELECT words, reading_age, wording_findings FROM document_export WHERE id = 'e1'").get()).toEqual({ words: null, reading_age: null, wording_findings: null });
  });

  it('refuses a person id over 48 characters, an imported file without a whole digest, and keeps a document made unchanged', () => {
    const db = migrated();
    expect(() => db.prepare("UPDATE child SET cms_person_id = ? WHERE id = 'c1'").run('1'.repeat(49))).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO evaluation_import VALUES ('abc', '{}', 'now')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO evaluation_import VALUES (?, '{}', 'now')").run('a'.repeat(64));
    expect(() => db.prepare("INSERT INTO evaluation_import VALUES (?, '{}', 'now')").run('a'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE document_export SET words = 10 WHERE id = 'e1'").run()).toThrow(/never changed/);
  });
});
