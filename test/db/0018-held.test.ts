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
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k2', 'f1', 'initial', 'draft', '2026-01-08', '10:00', '2025-12-15', 'now', 'now');
    UPDATE conference SET status = 'finalised', finalised_at = 'then', finalised_by = 'A chair' WHERE id = 'k2';
  `);
});

const staleIds = () => db.prepare('SELECT conference_id FROM conference_deadline WHERE stale = 1 ORDER BY conference_id').pluck().all();
const workedOut = () => db.prepare('UPDATE conference_deadline SET stale = 0').run();

describe('migration 0018: held is its own state', () => {
  it('keeps the conferences from before, none held, the finalised one untouched, all to be worked out again', () => {
    runMigrations(db);
    expect(db.prepare('SELECT id, status, held_date, held_time FROM conference ORDER BY id').all()).toEqual([
      { id: 'k1', status: 'draft', held_date: null, held_time: null },
      { id: 'k2', status: 'finalised', held_date: null, held_time: null },
    ]);
    expect(staleIds()).toEqual(['k1', 'k2']);
  });

  it('refuses to finalise a conference not marked held, whatever the application checked', () => {
    runMigrations(db);
    expect(() => db.prepare("UPDATE conference SET status = 'finalised' WHERE id = 'k1'").run()).toThrow(/not been marked as held/);
    db.prepare("UPDATE conference SET held_date = '2026-03-19', held_time = '10:05' WHERE id = 'k1'").run();
    db.prepare("UPDATE conference SET status = 'finalised' WHERE id = 'k1'").run();
    expect(db.prepare("SELECT status FROM conference WHERE id = 'k1'").pluck().get()).toBe('finalised');
  });

  it('holds a date and a time together, in their forms', () => {
    runMigrations(db);
    expect(() => db.prepare("UPDATE conference SET held_date = '2026-03-19' WHERE id = 'k1'").run()).toThrow(/date and at a time/);
    expect(() => db.prepare("UPDATE conference SET held_date = '19/03/2026', held_time = '10:00' WHERE id = 'k1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE conference SET held_date = '2026-03-19', held_time = '10am' WHERE id = 'k1'").run()).toThrow(/CHECK/);
  });

  it('keeps the sign-off lock on the new columns of a finalised conference', () => {
    runMigrations(db);
    expect(() => db.prepare("UPDATE conference SET held_date = '2026-01-08', held_time = '10:00' WHERE id = 'k2'").run()).toThrow(/finalised/);
  });

  it('marks a conference to be worked out again when what follows its meeting changes', () => {
    runMigrations(db);
    db.exec(`
      INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('c1', 'f1', 'Ash', 'Testwood', '2020-01-01', 0, 'now', 'now');
    `);
    workedOut();
    db.prepare("UPDATE conference SET held_date = '2026-03-19', held_time = '10:05' WHERE id = 'k1'").run();
    expect(staleIds()).toEqual(['k1']);
    workedOut();
    db.prepare(
      `INSERT INTO decision (id, conference_id, child_id, outcome, categories, category_justification, chair_reasons, agency_views, family_views, deferred_reason, created_at, updated_at)
       VALUES ('d1', 'k1', 'c1', 'plan', '[]', '', '', '[]', '[]', '', 'now', 'now')`,
    ).run();
    expect(staleIds()).toEqual(['k1']);
    workedOut();
    db.prepare("INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, previous_conference_id, created_at, updated_at) VALUES ('k3', 'f1', 'review', 'draft', '2026-06-04', '10:00', 'k1', 'now', 'now')").run();
    expect(staleIds()).toEqual(['k1', 'k3']);
    workedOut();
    db.prepare("UPDATE conference SET held_date = '2026-06-04', held_time = '10:00' WHERE id = 'k3'").run();
    expect(staleIds()).toEqual(['k1', 'k3']);
  });
});
