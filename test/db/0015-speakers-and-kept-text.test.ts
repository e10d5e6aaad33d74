import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAmendmentDraft, keepAmendmentDraft, listAmendmentDrafts } from '../../db/decision/amendment-drafts';
import { finaliseConference } from '../../db/decision/queries';
import { runMigrations } from '../../db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 12);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'live', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
    INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a1', 'k1', 0, 'family-views', 'The family’s views', 10);
  `);
});

// Since migration 0018 only a conference marked held can be finalised.
const heldAsBooked = () => db.exec("UPDATE conference SET held_date = scheduled_date, held_time = scheduled_time");

const contribute = (id: string, speaker: string) =>
  db
    .prepare(
      `INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, version, created_at, updated_at, updated_by)
       VALUES (?, 'k1', 'a1', ?, 'information', 'Text', '10:00', '{"level":"none"}', 1, 'now', 'now', 'u')`,
    )
    .run(id, speaker);

const kept = { conferenceId: 'k1', id: 'd1', section: 'minutes', entityId: null, original: '', correction: 'Typed after sign-off.', restriction: { level: 'none' } } as const;

describe('migration 0015: speakers not yet chosen, and text kept for an amendment', () => {
  it('keeps a conference and its contributions from before', () => {
    contribute('c1', '{"kind":"chair"}');
    runMigrations(db);
    heldAsBooked();
    expect(db.prepare('SELECT count(*) FROM contribution').pluck().get()).toBe(1);
    finaliseConference(db, 'k1', 'priya', 'later');
    expect(db.prepare('SELECT status FROM conference').pluck().get()).toBe('finalised');
  });

  it('refuses to finalise while a contribution has no speaker, whatever the application checked', () => {
    runMigrations(db);
    heldAsBooked();
    contribute('c1', '{"kind":"chair"}');
    contribute('c2', '{"kind":"not-yet-chosen"}');
    expect(() => finaliseConference(db, 'k1', 'priya', 'later')).toThrow('no speaker yet');
    expect(db.prepare('SELECT status FROM conference').pluck().get()).toBe('live');
    db.prepare(`UPDATE contribution SET speaker = '{"kind":"chair"}' WHERE id = 'c2'`).run();
    finaliseConference(db, 'k1', 'priya', 'later');
    expect(db.prepare('SELECT status FROM conference').pluck().get()).toBe('finalised');
  });

  it('keeps text for an amendment after sign-off, updates it in place, and lets it go when used or discarded', () => {
    runMigrations(db);
    heldAsBooked();
    finaliseConference(db, 'k1', 'priya', 'later');
    keepAmendmentDraft(db, kept, 'sam', '2026-03-20T10:00:00.000Z');
    keepAmendmentDraft(db, { ...kept, correction: 'Typed after sign-off, and a little more.' }, 'sam', '2026-03-20T10:01:00.000Z');
    keepAmendmentDraft(db, { ...kept, id: 'd2', correction: 'Another contribution.' }, 'sam', '2026-03-20T10:02:00.000Z');
    expect(listAmendmentDrafts(db, 'k1').map((d) => [d.id, d.correction, d.keptBy])).toEqual([
      ['d1', 'Typed after sign-off, and a little more.', 'sam'],
      ['d2', 'Another contribution.', 'sam'],
    ]);
    expect(deleteAmendmentDraft(db, 'd1')).toBe(1);
    expect(listAmendmentDrafts(db, 'k1').map((d) => d.id)).toEqual(['d2']);
  });

  it('goes with the conference when it is removed', () => {
    runMigrations(db);
    heldAsBooked();
    keepAmendmentDraft(db, kept, 'sam', 'now');
    db.prepare("DELETE FROM agenda_item WHERE conference_id = 'k1'").run();
    db.prepare("DELETE FROM conference WHERE id = 'k1'").run();
    expect(listAmendmentDrafts(db, 'k1')).toEqual([]);
  });
});
