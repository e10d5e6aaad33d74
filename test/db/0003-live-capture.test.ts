import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function seeded(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, version);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', 'now', 'now');
    INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a1', 'k1', 0, 'welcome', 'Welcome', 10);
  `);
  return db;
}

describe('migration 0003: live capture', () => {
  it('keeps a conference from before, and stores contributions with their restriction as data', () => {
    const db = seeded(2);
    runMigrations(db, undefined, 3);
    expect(db.prepare('SELECT current_agenda_item_id FROM conference').pluck().get()).toBeNull();
    db.prepare(
      `INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, version, created_at, updated_at, updated_by)
       VALUES ('c1', 'k1', 'a1', '{"kind":"chair"}', 'information', 'Text', '10:00', '{"level":"not-for-family","reason":"risk"}', 1, 'now', 'now', 'u')`,
    ).run();
    expect(db.prepare('SELECT restriction_level FROM contribution').pluck().get()).toBe('not-for-family');
  });

  it('refuses a contribution whose restriction is not JSON, or with an unknown kind', () => {
    const db = seeded(3);
    const insert = db.prepare(
      `INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, version, created_at, updated_at, updated_by)
       VALUES (?, 'k1', 'a1', '{"kind":"chair"}', ?, 'Text', '10:00', ?, 1, 'now', 'now', 'u')`,
    );
    expect(() => insert.run('c1', 'information', 'not json')).toThrow(/CHECK|malformed JSON/);
    expect(() => insert.run('c2', 'gossip', '{"level":"none"}')).toThrow(/CHECK/);
  });
});
