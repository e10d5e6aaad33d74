import type { Migration } from './index';

/**
 * Nothing lost, nothing forged (issue 14).
 *
 * - A contribution is saved from its first keystroke, with the speaker "not yet chosen" (the
 *   speaker column is JSON, so no column changes). The database refuses to finalise a conference
 *   while any of its contributions is still without a speaker, whatever the application checked.
 * - Text typed into the minutes after the conference was finalised is refused by the sign-off
 *   lock; it is kept here as the start of an amendment until the chair records the amendment or
 *   discards it, with who may see it (the contribution's marking, or the room's), so the
 *   amendment made from it starts with that marking. Written only after sign-off, so the
 *   sign-off lock does not apply to it.
 */
export const migration0015SpeakersAndKeptText: Migration = {
  version: 15,
  name: 'speakers-and-kept-text',
  up(db) {
    db.exec(`
      CREATE TRIGGER conference_finalised_needs_speakers BEFORE UPDATE OF status ON conference
        WHEN NEW.status = 'finalised' AND OLD.status IS NOT 'finalised'
          AND EXISTS (SELECT 1 FROM contribution WHERE conference_id = NEW.id AND json_extract(speaker, '$.kind') = 'not-yet-chosen')
        BEGIN SELECT RAISE(ABORT, 'A contribution to the minutes has no speaker yet: choose who was speaking before signing off.'); END;

      CREATE TABLE amendment_draft (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        entity_id TEXT,
        original TEXT NOT NULL,
        correction TEXT NOT NULL,
        kept_at TEXT NOT NULL,
        kept_by TEXT NOT NULL,
        restriction TEXT NOT NULL DEFAULT '{"level":"none"}' CHECK (json_valid(restriction))
      ) STRICT;
      CREATE INDEX amendment_draft_by_conference ON amendment_draft(conference_id, kept_at);
    `);
  },
};
