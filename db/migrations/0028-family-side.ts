import { markingColumn } from './0016-audience';
import { lockTriggersWithRemoval } from './0013-removal-by-conference';
import type { Migration } from './index';

/**
 * The family's side of a conference (issue 17):
 *
 * - Why this conference is happening, in the chair's plain words, for the family's information
 *   pack, with a marking of who may read it like every other text (0016). One row per conference,
 *   removed with it, locked with it once finalised; it travels in a handover with the family's
 *   other records.
 * - The information pack is a document made for one recipient: document_export is made again
 *   with the new kind (SQLite cannot change a CHECK), keeping its rows and its never-changed trigger.
 * - Family mode: while the row exists, the application answers only the feedback form and the
 *   passphrase that ends it. Kept in the database, so closing and opening Confer again does not
 *   end it. One row at most, for one conference; not part of the record, so the sign-off lock
 *   does not apply (the family answers after the meeting).
 */
export const migration0028FamilySide: Migration = {
  version: 28,
  name: 'family-side',
  up(db) {
    db.exec(`
      CREATE TABLE conference_family_reason (
        conference_id TEXT PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        ${markingColumn('restriction')},
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE document_export_new (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('record', 'plan', 'letter', 'family-plan', 'child-plan', 'information-pack')),
        print_size TEXT NOT NULL CHECK (print_size IN ('standard', 'large')),
        recipient_id TEXT,
        made_at TEXT NOT NULL,
        made_by TEXT NOT NULL,
        wording_errors INTEGER NOT NULL CHECK (wording_errors >= 0),
        override_reason TEXT,
        added_child_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(added_child_ids) AND json_type(added_child_ids) = 'array'),
        added_reason TEXT,
        CHECK (kind NOT IN ('record', 'plan') OR recipient_id IS NULL),
        CHECK (kind NOT IN ('family-plan', 'child-plan', 'information-pack') OR recipient_id IS NOT NULL),
        CHECK (override_reason IS NULL OR length(trim(override_reason)) > 0),
        CHECK ((added_child_ids = '[]') = (added_reason IS NULL)),
        CHECK (added_reason IS NULL OR length(trim(added_reason)) > 0)
      ) STRICT;
      INSERT INTO document_export_new SELECT id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason, added_child_ids, added_reason
        FROM document_export ORDER BY rowid;
      DROP TABLE document_export;
      ALTER TABLE document_export_new RENAME TO document_export;
      CREATE INDEX document_export_by_conference ON document_export(conference_id, made_at);
      CREATE TRIGGER document_export_never_changed BEFORE UPDATE ON document_export
        BEGIN SELECT RAISE(ABORT, 'A record of a document made is never changed.'); END;

      CREATE TABLE family_mode (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        started_at TEXT NOT NULL
      ) STRICT;
    `);
    // The reason is part of the record: locked with the conference once it is finalised.
    db.exec(lockTriggersWithRemoval('conference_family_reason', (row) => `${row}.conference_id`));
  },
};
