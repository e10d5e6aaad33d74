import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';

describe('migration 0002: conference set-up', () => {
  it('keeps existing children, and lets a born child keep the expected date it had', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, undefined, 1);
    db.prepare("INSERT INTO family VALUES ('f1', '2026-03-01T09:00:00Z')").run();
    db.prepare(
      "INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, position, created_at) VALUES ('c1', 'f1', '', 'Mills', NULL, '2026-08-10', 0, '2026-03-01T09:00:00Z')",
    ).run();
    runMigrations(db, undefined, 2);
    expect(db.prepare('SELECT family_name, expected_delivery_date, updated_at, gender FROM child').get()).toEqual({
      family_name: 'Mills',
      expected_delivery_date: '2026-08-10',
      updated_at: '2026-03-01T09:00:00Z',
      gender: '',
    });
    db.prepare("UPDATE child SET given_name = 'Rosie', date_of_birth = '2026-08-07' WHERE id = 'c1'").run();
    expect(() => db.prepare("UPDATE child SET date_of_birth = NULL, expected_delivery_date = NULL WHERE id = 'c1'").run()).toThrow(/CHECK/);
  });

  it('allows an invitation to name exactly one invitee, once per conference', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, undefined, 2);
    db.exec(`
      INSERT INTO family VALUES ('f1', 'now');
      INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, created_at, updated_at) VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', 'now', 'now');
      INSERT INTO professional (id, name, role, agency, created_at, updated_at) VALUES ('p1', 'Tom Reeves', 'Social worker', 'childrens-social-care', 'now', 'now');
    `);
    const invite = db.prepare("INSERT INTO invitation (id, conference_id, professional_id, family_member_id, created_at, updated_at) VALUES (?, 'k1', ?, NULL, 'now', 'now')");
    invite.run('i1', 'p1');
    expect(() => invite.run('i2', 'p1')).toThrow(/UNIQUE/);
    expect(() => invite.run('i3', null)).toThrow(/CHECK/);
  });
});
