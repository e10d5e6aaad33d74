import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';
import { withRemovalException } from '../../db/migrations/0008-retention';

describe('migration 0008: retention', () => {
  it('lets the sign-off lock stand aside only while a removal is in progress', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, undefined, 7);
    db.exec(`
      INSERT INTO family VALUES ('f1', 'now');
      INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', 'now', 'now');
      INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a1', 'k1', 0, 'welcome', 'Welcome', 10);
      UPDATE conference SET status = 'finalised' WHERE id = 'k1';
    `);
    expect(() => db.prepare("DELETE FROM agenda_item WHERE id = 'a1'").run()).toThrow(/finalised/);
    runMigrations(db, undefined, 8);
    expect(() => db.prepare("DELETE FROM agenda_item WHERE id = 'a1'").run()).toThrow(/finalised/);
    db.transaction(() => {
      db.prepare("INSERT INTO retention_removal VALUES ('k1')").run();
      db.prepare("DELETE FROM agenda_item WHERE id = 'a1'").run();
      db.prepare("DELETE FROM conference WHERE id = 'k1'").run();
      db.prepare('DELETE FROM retention_removal').run();
    })();
    expect(db.prepare('SELECT count(*) FROM conference').pluck().get()).toBe(0);
  });

  it('adds the exception to triggers with and without a WHEN clause', () => {
    expect(withRemovalException("CREATE TRIGGER t BEFORE DELETE ON x WHEN OLD.status = 'finalised' BEGIN SELECT 1; END")).toBe(
      "CREATE TRIGGER t BEFORE DELETE ON x WHEN NOT EXISTS (SELECT 1 FROM retention_removal) AND (OLD.status = 'finalised') BEGIN SELECT 1; END",
    );
    expect(withRemovalException('CREATE TRIGGER t BEFORE DELETE ON amendment\n        BEGIN SELECT 1; END')).toMatch(
      /^CREATE TRIGGER t BEFORE DELETE ON amendment\s+WHEN NOT EXISTS \(SELECT 1 FROM retention_removal\) BEGIN SELECT 1; END$/,
    );
  });
});
