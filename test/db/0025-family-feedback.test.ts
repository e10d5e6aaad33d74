import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';
import { FEEDBACK_STATEMENTS } from '../../shared/feedback/questions';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'review', 'draft', '2026-05-11', '14:00', '2026-04-20', 'now', 'now');
  `);
  return db;
}

describe('migration 0025: the family’s feedback', () => {
  it('has a column for every statement, refuses an answer off the scale and goes with its conference', () => {
    const db = migrated();
    const columns = (db.prepare('PRAGMA table_info(family_feedback)').all() as { name: string }[]).map((column) => column.name);
    for (const { key } of FEEDBACK_STATEMENTS) expect(columns).toContain(key);
    const insert = db.prepare(
      "INSERT INTO family_feedback (id, conference_id, given_on, respondent, how, knew_why, recorded_at) VALUES (?, 'k1', '2026-05-11', 'young-person', 'from-paper', ?, 'now')",
    );
    insert.run('a1', 5);
    insert.run('a2', null);
    expect(() => insert.run('a3', 6)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO family_feedback (id, conference_id, given_on, respondent, how, recorded_at) VALUES ('a4', 'k1', 'x', 'social-worker', 'from-paper', 'now')").run()).toThrow(/CHECK/);
    db.exec("DELETE FROM conference WHERE id = 'k1'");
    expect(db.prepare('SELECT COUNT(*) AS n FROM family_feedback').get()).toEqual({ n: 0 });
  });
});
