import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function seeded() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 3);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('c1', 'f1', 'Ruby', 'Price', '2016-11-02', 0, 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', 'now', 'now');
    INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a1', 'k1', 0, 'welcome', 'Welcome', 5);
  `);
  runMigrations(db, undefined, 4);
  return db;
}

const decision = (db: Database.Database, id: string) =>
  db
    .prepare(
      `INSERT INTO decision (id, conference_id, child_id, outcome, categories, category_justification, chair_reasons, agency_views, family_views, deferred_reason, created_at, updated_at)
       VALUES (?, 'k1', 'c1', 'plan', '["emotional"]', '', 'Reasons', '[]', '[]', '', 'now', 'now')`,
    )
    .run(id);

describe('migration 0004: decision and plan', () => {
  it('keeps existing conferences and their data, and adds the sign-off columns', () => {
    const db = seeded();
    expect(db.prepare('SELECT status, finalised_at, brought_forward_reason FROM conference').get()).toEqual({ status: 'draft', finalised_at: null, brought_forward_reason: '' });
    expect(db.prepare('SELECT COUNT(*) FROM agenda_item').pluck().get()).toBe(1);
  });

  it('allows one decision per child per conference, with JSON checked', () => {
    const db = seeded();
    decision(db, 'd1');
    expect(() => decision(db, 'd2')).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE decision SET categories = 'not json'").run()).toThrow(/CHECK/);
  });

  it('refuses changes once the conference is finalised, except amendments; amendments only then', () => {
    const db = seeded();
    decision(db, 'd1');
    const amend = db.prepare("INSERT INTO amendment (id, conference_id, section, entity_id, original, correction, reason, amended_by, amended_at) VALUES (?, 'k1', 'decision', 'd1', '', 'Fixed', 'Typo', 'chair', 'now')");
    expect(() => amend.run('m0')).toThrow(/finalised/);
    db.prepare("UPDATE conference SET status = 'finalised' WHERE id = 'k1'").run();
    expect(() => db.prepare("UPDATE decision SET chair_reasons = 'Changed'").run()).toThrow(/finalised/);
    expect(() => db.prepare('DELETE FROM decision').run()).toThrow(/finalised/);
    expect(() => db.prepare("UPDATE agenda_item SET title = 'x'").run()).toThrow(/finalised/);
    expect(() => db.prepare("UPDATE conference SET status = 'draft'").run()).toThrow(/finalised/);
    expect(() => db.prepare("DELETE FROM child WHERE id = 'c1'").run()).toThrow(/finalised/);
    amend.run('m1');
    expect(() => db.prepare("UPDATE amendment SET reason = 'x'").run()).toThrow(/append-only/);
    expect(db.prepare('SELECT COUNT(*) FROM amendment').pluck().get()).toBe(1);
  });
});
