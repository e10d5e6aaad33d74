import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 17);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO family_member (id, family_id, kind, given_name, family_name, lives_in_household, interpreter_language, position, created_at, updated_at)
      VALUES ('m1', 'f1', 'parent-or-carer', 'Amara', 'Brennan', 1, 'Tigrinya', 0, 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
  `);
  runMigrations(db);
});

describe('migration 0020: the authority’s identity', () => {
  it('holds one row, and a logo only with its format, size and a description unless decorative', () => {
    const insert = (values: string) => db.exec(`INSERT INTO authority_identity (id, name, address, phone, logo, logo_format, logo_width, logo_height, logo_alt, logo_decorative, updated_at, updated_by) VALUES ${values}`);
    insert(`(1, 'Hartwell', '', '', NULL, NULL, NULL, NULL, '', 0, 'now', 'me')`);
    expect(() => insert(`(2, 'Another', '', '', NULL, NULL, NULL, NULL, '', 0, 'now', 'me')`)).toThrow(/CHECK/u);
    db.exec('DELETE FROM authority_identity');
    expect(() => insert(`(1, 'Hartwell', '', '', x'89504e47', 'png', 10, 10, '', 0, 'now', 'me')`)).toThrow(/CHECK/u);
    expect(() => insert(`(1, 'Hartwell', '', '', x'89504e47', NULL, 10, 10, 'Crest', 0, 'now', 'me')`)).toThrow(/CHECK/u);
    expect(() => insert(`(1, 'Hartwell', '', '', x'89504e47', 'gif', 10, 10, 'Crest', 0, 'now', 'me')`)).toThrow(/CHECK/u);
    insert(`(1, 'Hartwell', '', '', x'89504e47', 'png', 10, 10, '', 1, 'now', 'me')`);
  });
});

describe('migration 0021: interpreters', () => {
  it('keeps every family member, with no preferences yet', () => {
    expect(db.prepare('SELECT interpreter_language, interpreter_preferences FROM family_member').all()).toEqual([{ interpreter_language: 'Tigrinya', interpreter_preferences: '' }]);
  });

  it('one interpreter per member per conference, gone with the conference', () => {
    const insert = () => db.exec(`INSERT INTO interpreter VALUES ('k1', 'm1', 1, 'Selam Haile', NULL, '[]', 'now')`);
    insert();
    expect(insert).toThrow(/UNIQUE|PRIMARY/u);
    expect(() => db.exec(`INSERT INTO interpreter VALUES ('k1', 'nobody', 1, '', NULL, '[]', 'now')`)).toThrow(/FOREIGN KEY/u);
    expect(() => db.exec(`UPDATE interpreter SET left_for_parts = 'not json'`)).toThrow(/CHECK/u);
    db.exec(`DELETE FROM conference WHERE id = 'k1'`);
    expect(db.prepare('SELECT count(*) FROM interpreter').pluck().get()).toBe(0);
  });
});
