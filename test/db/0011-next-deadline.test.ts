import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function before0011(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 10);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO professional (id, name, role, agency, created_at, updated_at) VALUES ('p1', 'Pat Example', 'Health visitor', 'health-visiting', 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, previous_conference_id, created_at, updated_at)
      VALUES ('k2', 'f1', 'review', 'draft', '2026-06-18', '10:00', '2026-03-19', 'k1', 'now', 'now');
  `);
  return db;
}

type Row = { conference_id: string; next_due: string | null; next_key: string | null; stale: number };
const rows = (db: Database.Database) => db.prepare('SELECT * FROM conference_deadline ORDER BY conference_id').all() as Row[];
const staleIds = (db: Database.Database) => db.prepare('SELECT conference_id FROM conference_deadline WHERE stale = 1 ORDER BY conference_id').pluck().all();
const workedOut = (db: Database.Database) => db.prepare("UPDATE conference_deadline SET stale = 0, next_due = '2026-03-23', next_key = 'conference'").run();

describe('migration 0011: each conference’s next deadline, stored for the deadline filters', () => {
  it('gives every conference already here a row for the application to work out when it starts', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    expect(rows(db)).toEqual([
      { conference_id: 'k1', next_due: null, next_key: null, stale: 1 },
      { conference_id: 'k2', next_due: null, next_key: null, stale: 1 },
    ]);
    // No rules checked yet: the application compares them (and works everything out) at start.
    expect(db.prepare('SELECT count(*) FROM deadline_rules').pluck().get()).toBe(0);
  });

  it('marks a conference to be worked out again when anything its deadlines depend on changes, and only then', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    workedOut(db);
    db.prepare("UPDATE conference SET venue = 'Room 1', chair_id = 'p1', updated_at = 'later' WHERE id = 'k1'").run();
    expect(staleIds(db)).toEqual([]);
    // Setting a column to what it already was changes nothing.
    db.prepare("UPDATE conference SET scheduled_date = '2026-03-19' WHERE id = 'k1'").run();
    expect(staleIds(db)).toEqual([]);

    for (const [change, marked] of [
      ["UPDATE conference SET scheduled_date = '2026-03-20' WHERE id = 'k1'", ['k1']],
      ["UPDATE conference SET trigger_date = '2026-03-03' WHERE id = 'k1'", ['k1']],
      ["UPDATE conference SET type = 'transfer-in' WHERE id = 'k1'", ['k1', 'k2']],
      ["UPDATE conference SET previous_conference_id = NULL WHERE id = 'k2'", ['k2']],
      // Finalised counts as held: the conference's own deadline is met.
      ["UPDATE conference SET status = 'finalised' WHERE id = 'k2'", ['k2']],
    ] as const) {
      db.prepare(change).run();
      expect(staleIds(db), change).toEqual(marked);
      workedOut(db);
    }
  });

  it('marks a review to be worked out again when the conference before it changes type (three months or six)', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    workedOut(db);
    db.prepare("UPDATE conference SET type = 'review' WHERE id = 'k1'").run();
    expect(staleIds(db)).toEqual(['k1', 'k2']);
  });

  it('marks a conference when its agency reports are added, shared, moved or removed', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    workedOut(db);
    db.prepare("INSERT INTO agency_report (id, conference_id, professional_id, created_at, updated_at) VALUES ('r1', 'k1', 'p1', 'now', 'now')").run();
    expect(staleIds(db)).toEqual(['k1']);
    workedOut(db);
    db.prepare("UPDATE agency_report SET received_date = '2026-03-10', not_shared_reason = 'x' WHERE id = 'r1'").run();
    expect(staleIds(db)).toEqual([]);
    db.prepare("UPDATE agency_report SET shared_with_family = 'yes', shared_date = '2026-03-12' WHERE id = 'r1'").run();
    expect(staleIds(db)).toEqual(['k1']);
    workedOut(db);
    db.prepare("UPDATE agency_report SET conference_id = 'k2' WHERE id = 'r1'").run();
    expect(staleIds(db)).toEqual(['k1', 'k2']);
    workedOut(db);
    db.prepare("DELETE FROM agency_report WHERE id = 'r1'").run();
    expect(staleIds(db)).toEqual(['k2']);
  });

  it('adds a row for a new conference and removes it with the conference', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    workedOut(db);
    db.prepare(
      "INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k3', 'f1', 'initial', 'draft', '2026-07-01', '10:00', 'now', 'now')",
    ).run();
    expect(staleIds(db)).toEqual(['k3']);
    db.prepare("DELETE FROM conference WHERE id = 'k3'").run();
    expect(rows(db).map((r) => r.conference_id)).toEqual(['k1', 'k2']);
  });

  it('asks for the rules to be compared again whenever the authority’s settings change', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    db.prepare("INSERT INTO deadline_rules (id, fingerprint, checked) VALUES (1, 'abc', 1)").run();
    db.prepare("INSERT INTO authority_settings (id, settings, updated_at) VALUES (1, '{}', 'now')").run();
    expect(db.prepare('SELECT checked FROM deadline_rules').pluck().get()).toBe(0);
    db.prepare('UPDATE deadline_rules SET checked = 1').run();
    db.prepare(`UPDATE authority_settings SET settings = '{"extraBankHolidays":[]}'`).run();
    expect(db.prepare('SELECT checked FROM deadline_rules').pluck().get()).toBe(0);
  });

  it('stores a due date and the deadline it belongs to together, or neither', () => {
    const db = before0011();
    runMigrations(db, undefined, 11);
    expect(() => db.prepare("UPDATE conference_deadline SET next_due = '2026-03-23' WHERE conference_id = 'k1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE conference_deadline SET next_due = '2026-03-23', next_key = 'record' WHERE conference_id = 'k1'").run()).toThrow(/CHECK/);
  });
});
