import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

let db: Database.Database;

/** Two finalised conferences about two families, each with an agenda item, an amendment and a statement. */
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 12);
  for (const n of [1, 2]) {
    db.exec(`
      INSERT INTO family VALUES ('f${n}', 'now');
      INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k${n}', 'f${n}', 'initial', 'draft', '2026-03-19', '10:00', 'now', 'now');
      INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a${n}', 'k${n}', 0, 'welcome', 'Welcome', 10);
      INSERT INTO language_ignore (id, conference_id, record_kind, record_id, field, rule_id, flagged_text, reason, decided_by, decided_at)
        VALUES ('i${n}', 'k${n}', 'conference', 'k${n}', 'venue', 'rule', 'text', 'The family’s own words.', 'priya', 'now');
      UPDATE conference SET status = 'finalised' WHERE id = 'k${n}';
      INSERT INTO amendment (id, conference_id, section, original, correction, reason, amended_by, amended_at) VALUES ('m${n}', 'k${n}', 'decision', '', 'Correction.', 'Typing error.', 'priya', 'now');
    `);
  }
});

const count = (table: string, where = '1') => db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

describe('migration 0013: the retention exception is keyed on the conference being removed', () => {
  it('before it, any row in retention_removal opened every finalised conference', () => {
    db.prepare("INSERT INTO retention_removal VALUES ('not-a-conference')").run();
    db.prepare("UPDATE agenda_item SET title = 'Changed' WHERE id = 'a2'").run();
    expect(db.prepare("SELECT title FROM agenda_item WHERE id = 'a2'").pluck().get()).toBe('Changed');
  });

  it('issue 14 item 3: after it, a row in retention_removal opens only its own conference, and never for additions', () => {
    runMigrations(db, undefined, 13);
    db.prepare("INSERT INTO retention_removal VALUES ('not-a-conference')").run();
    expect(() => db.prepare("UPDATE agenda_item SET title = 'Changed' WHERE id = 'a2'").run()).toThrow(/finalised/);
    expect(() => db.prepare("DELETE FROM amendment WHERE id = 'm2'").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE conference SET venue = 'Elsewhere' WHERE id = 'k2'").run()).toThrow(/finalised/);

    db.prepare("INSERT INTO retention_removal VALUES ('k1')").run();
    expect(() => db.prepare("INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a9', 'k1', 1, 'welcome', 'Added', 10)").run()).toThrow(/finalised/);
    expect(() => db.prepare("UPDATE agenda_item SET title = 'Changed' WHERE id = 'a2'").run()).toThrow(/finalised/);
    expect(() => db.prepare("UPDATE amendment SET correction = 'Changed' WHERE id = 'm1'").run()).toThrow(/append-only/);
    // Moving a row of the conference being removed into another finalised conference is a change to that one.
    expect(() => db.prepare("UPDATE agenda_item SET conference_id = 'k2' WHERE id = 'a1'").run()).toThrow(/finalised/);

    for (const sql of ["DELETE FROM agenda_item WHERE id = 'a1'", "DELETE FROM language_ignore WHERE id = 'i1'", "DELETE FROM amendment WHERE id = 'm1'", "DELETE FROM conference WHERE id = 'k1'"]) {
      db.prepare(sql).run();
    }
    expect(count('conference')).toBe(1);
    expect([count('agenda_item', "conference_id = 'k2'"), count('amendment', "conference_id = 'k2'"), count('language_ignore', "conference_id = 'k2'")]).toEqual([1, 1, 1]);
  });

  it('lets a removal unlink a finalised later review, and change nothing else about it', () => {
    db.exec(`
      INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, previous_conference_id, created_at, updated_at)
        VALUES ('k3', 'f1', 'review', 'draft', '2026-06-04', '10:00', 'k1', 'now', 'now');
      UPDATE conference SET status = 'finalised' WHERE id = 'k3';
    `);
    runMigrations(db, undefined, 13);
    expect(() => db.prepare("UPDATE conference SET previous_conference_id = NULL WHERE id = 'k3'").run()).toThrow(/finalised/);
    db.prepare("INSERT INTO retention_removal VALUES ('k1')").run();
    expect(() => db.prepare("UPDATE conference SET previous_conference_id = NULL, venue = 'Elsewhere' WHERE id = 'k3'").run()).toThrow(/finalised/);
    expect(() => db.prepare("UPDATE conference SET previous_conference_id = 'k2' WHERE id = 'k3'").run()).toThrow(/finalised/);
    db.prepare("UPDATE conference SET previous_conference_id = NULL WHERE id = 'k3'").run();
    expect(db.prepare("SELECT previous_conference_id FROM conference WHERE id = 'k3'").pluck().get()).toBeNull();
  });

  it('replaces every lock trigger, and none still stands aside for any removal', () => {
    const lockNames = () =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%finalised%' OR name LIKE '%_no_%') ORDER BY name").pluck().all() as string[]);
    const before = lockNames();
    runMigrations(db, undefined, 13);
    expect(lockNames()).toEqual(before);
    const unkeyed = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[]).filter(
      (t) => /retention_removal/.test(t.sql) && /FROM retention_removal\)/.test(t.sql),
    );
    expect(unkeyed.map((t) => t.name)).toEqual([]);
    for (const table of ['language_ignore', 'search_entry', 'attendance', 'contribution_version']) {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(`${table}_finalised_delete`) as string;
      expect(sql, table).toMatch(/retention_removal WHERE conference_id =/);
    }
  });
});
