import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';
import { matchContributions, matchNames } from '../../db/search/queries';

describe('migration 0009: search', () => {
  it('is compiled in: FTS5 is available in the SQLCipher build', () => {
    const db = new Database(':memory:');
    expect(db.prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5')").pluck().get()).toBe(1);
  });

  it('indexes what was there before, finalised conferences included, and keeps the lock and its removal exception', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, undefined, 8);
    db.exec(`
      INSERT INTO family VALUES ('f1', 'now');
      INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('c1', 'f1', 'Kestrel', 'Testwood', '2019-01-01', 0, 'now', 'now');
      INSERT INTO child (id, family_id, given_name, family_name, expected_delivery_date, position, created_at, updated_at) VALUES ('c2', 'f1', '', 'Testwood', '2026-09-01', 1, 'now', 'now');
      INSERT INTO family_member (id, family_id, kind, given_name, family_name, lives_in_household, position, created_at, updated_at) VALUES ('m1', 'f1', 'parent-or-carer', 'Umber', 'Testwood', 1, 0, 'now', 'now');
      INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, venue, created_at, updated_at) VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', 'Civic Offices', 'now', 'now');
      INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a1', 'k1', 0, 'welcome', 'Welcome', 10);
      INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, version, created_at, updated_at, updated_by)
        VALUES ('x1', 'k1', 'a1', '{"kind":"chair"}', 'information', 'The heating was broken in winter.', '10:05', '{"level":"none"}', 1, 'now', 'now', 't'),
               ('x2', 'k1', 'a1', '{"kind":"chair"}', 'information', 'Police are investigating the heating fraud.', '10:06', '{"level":"not-for-family","reason":"police-investigation"}', 1, 'now', 'now', 't');
      UPDATE conference SET status = 'finalised' WHERE id = 'k1';
    `);
    runMigrations(db, undefined, 9);

    expect(matchNames(db, '"Kest"*', 10)).toEqual([{ kind: 'child', entity_id: 'c1', family_id: 'f1', conference_id: null }]);
    expect(matchNames(db, '"unborn"*', 10).map((h) => h.entity_id)).toEqual(['c2']);
    expect(matchNames(db, '"Umber"*', 10).map((h) => h.kind)).toEqual(['family-member']);
    expect(matchNames(db, '"civic"*', 10).map((h) => h.kind)).toEqual(['conference']);
    expect(matchContributions(db, '"heating"*', { cap: 10, familySafe: false }).map((h) => [h.entity_id, h.restriction_level])).toEqual([
      ['x2', 'not-for-family'],
      ['x1', 'none'],
    ]);
    expect(matchContributions(db, '"heating"*', { cap: 10, familySafe: true }).map((h) => h.entity_id)).toEqual(['x1']);

    // The finalised conference's index is locked with it…
    expect(() => db.prepare("DELETE FROM search_entry WHERE entity_id = 'x1'").run()).toThrow(/finalised/);
    // …and goes with it when retention removes the conference.
    db.transaction(() => {
      db.prepare("INSERT INTO retention_removal VALUES ('k1')").run();
      for (const table of ['contribution', 'agenda_item', 'conference']) db.prepare(`DELETE FROM ${table} WHERE ${table === 'conference' ? 'id' : 'conference_id'} = 'k1'`).run();
      db.prepare('DELETE FROM retention_removal').run();
    })();
    expect(matchContributions(db, '"heating"*', { cap: 10, familySafe: false })).toEqual([]);
    expect(matchNames(db, '"civic"*', 10)).toEqual([]);
    db.prepare("DELETE FROM family WHERE id = 'f1'").run();
    expect(db.prepare('SELECT count(*) FROM search_entry').pluck().get()).toBe(0);
    expect(matchNames(db, '"Kest"*', 10)).toEqual([]);
  });
});
