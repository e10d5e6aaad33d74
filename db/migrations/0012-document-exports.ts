import type { Migration } from './index';

/**
 * The documents made for each conference: which, for whom, by whom and when, and for the family's
 * plan the chair's reason when it went out with wording problems left in (the language gate's
 * override). Made after sign-off as much as before, so the sign-off lock does not apply; a record
 * of what was sent is never changed.
 */
export const migration0012DocumentExports: Migration = {
  version: 12,
  name: 'document-exports',
  up(db) {
    db.exec(`
      CREATE TABLE document_export (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('record', 'plan', 'letter', 'family-plan')),
        print_size TEXT NOT NULL CHECK (print_size IN ('standard', 'large')),
        recipient_id TEXT,
        made_at TEXT NOT NULL,
        made_by TEXT NOT NULL,
        wording_errors INTEGER NOT NULL CHECK (wording_errors >= 0),
        override_reason TEXT,
        CHECK ((kind = 'family-plan') = (recipient_id IS NOT NULL)),
        CHECK (override_reason IS NULL OR length(trim(override_reason)) > 0)
      ) STRICT;
      CREATE INDEX document_export_by_conference ON document_export(conference_id, made_at);
      CREATE TRIGGER document_export_never_changed BEFORE UPDATE ON document_export
        BEGIN SELECT RAISE(ABORT, 'A record of a document made is never changed.'); END;
    `);
  },
};
