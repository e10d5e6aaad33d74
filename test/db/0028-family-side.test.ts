import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

function seeded(upTo: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, upTo);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'review', 'draft', '2026-05-11', '14:00', '2026-04-20', 'now', 'now');
  `);
  return db;
}

describe('migration 0028: the family’s side', () => {
  it('keeps every document made before it, and takes an information pack for a recipient only', () => {
    const db = seeded(25);
    db.exec(`INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason, added_child_ids, added_reason)
      VALUES ('d1', 'k1', 'family-plan', 'large', 'm1', '2026-05-12T10:00:00Z', 'A chair', 1, 'Agreed with the family', '[]', NULL)`);
    runMigrations(db, undefined, 28);
    expect(db.prepare('SELECT * FROM document_export').all()).toEqual([
      { id: 'd1', conference_id: 'k1', kind: 'family-plan', print_size: 'large', recipient_id: 'm1', made_at: '2026-05-12T10:00:00Z', made_by: 'A chair', wording_errors: 1, override_reason: 'Agreed with the family', added_child_ids: '[]', added_reason: null },
    ]);
    const pack = db.prepare("INSERT INTO document_export (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors) VALUES (?, 'k1', 'information-pack', 'standard', ?, 'now', 'A chair', 0)");
    pack.run('d2', 'm1');
    expect(() => pack.run('d3', null)).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE document_export SET made_by = 'someone else' WHERE id = 'd2'")).toThrow(/never changed/);
  });

  it('keeps one reason per conference with a marking, locked once the conference is finalised', () => {
    const db = seeded(28);
    const save = db.prepare("INSERT INTO conference_family_reason (conference_id, reason, restriction, updated_at) VALUES ('k1', 'Why', ?, 'now')");
    expect(() => save.run('{"level":"secret"}')).toThrow(/CHECK/);
    save.run('{"level":"none"}');
    db.exec("UPDATE conference SET held_date = '2026-05-11', held_time = '14:00' WHERE id = 'k1'");
    db.exec("UPDATE conference SET status = 'finalised' WHERE id = 'k1'");
    expect(() => db.exec("UPDATE conference_family_reason SET reason = 'Changed' WHERE conference_id = 'k1'")).toThrow(/finalised/);
  });

  it('family mode is one row at most, and goes with its conference', () => {
    const db = seeded(28);
    db.exec("INSERT INTO family_mode (id, conference_id, started_at) VALUES (1, 'k1', 'now')");
    expect(() => db.exec("INSERT INTO family_mode (id, conference_id, started_at) VALUES (2, 'k1', 'now')")).toThrow(/CHECK/);
    db.exec("DELETE FROM conference WHERE id = 'k1'");
    expect(db.prepare('SELECT COUNT(*) AS n FROM family_mode').get()).toEqual({ n: 0 });
  });
});
