import type { Migration } from './index';

/**
 * Every word has an audience (issue 13), what the documents need of it:
 *
 * - Whom a professional supports in the family (an advocate, a domestic abuse adviser), per
 *   invitation, as a JSON list of family member ids: empty means the whole family. Only the
 *   copies of those they support name them.
 * - The decision letter is made for one recipient, as the family's plan is (letters made before
 *   this went to everyone and have none); a child's own copy is made for that child. And the
 *   children the chair added to a copy, with the reason, are kept with the record of it.
 *
 * SQLite cannot change a table's CHECK, so document_export is made again with its rows; nothing
 * references it, and it keeps its never-changed trigger.
 */
export const migration0017AudienceDocuments: Migration = {
  version: 17,
  name: 'audience-documents',
  up(db) {
    db.exec(`
      ALTER TABLE invitation ADD COLUMN supports_family_member_ids TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(supports_family_member_ids) AND json_type(supports_family_member_ids) = 'array');

      CREATE TABLE document_export_new (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('record', 'plan', 'letter', 'family-plan', 'child-plan')),
        print_size TEXT NOT NULL CHECK (print_size IN ('standard', 'large')),
        recipient_id TEXT,
        made_at TEXT NOT NULL,
        made_by TEXT NOT NULL,
        wording_errors INTEGER NOT NULL CHECK (wording_errors >= 0),
        override_reason TEXT,
        added_child_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(added_child_ids) AND json_type(added_child_ids) = 'array'),
        added_reason TEXT,
        CHECK (kind NOT IN ('record', 'plan') OR recipient_id IS NULL),
        CHECK (kind NOT IN ('family-plan', 'child-plan') OR recipient_id IS NOT NULL),
        CHECK (override_reason IS NULL OR length(trim(override_reason)) > 0),
        CHECK ((added_child_ids = '[]') = (added_reason IS NULL)),
        CHECK (added_reason IS NULL OR length(trim(added_reason)) > 0)
      ) STRICT;
      INSERT INTO document_export_new (id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason)
        SELECT id, conference_id, kind, print_size, recipient_id, made_at, made_by, wording_errors, override_reason FROM document_export ORDER BY rowid;
      DROP TABLE document_export;
      ALTER TABLE document_export_new RENAME TO document_export;
      CREATE INDEX document_export_by_conference ON document_export(conference_id, made_at);
      CREATE TRIGGER document_export_never_changed BEFORE UPDATE ON document_export
        BEGIN SELECT RAISE(ABORT, 'A record of a document made is never changed.'); END;
    `);
  },
};
