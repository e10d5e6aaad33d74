import type { Migration } from './index';

/**
 * The conference's own words in the family's language (issue 16). Each export of a recipient's
 * copy to the translation service is recorded, so a file that comes back is matched to the export
 * it answers. Translations are kept per conference, recipient, language and segment, with the
 * hash of the English they translate (a changed English needs translating again), who imported
 * them and when. The chair's choice to leave a segment in English is kept the same way.
 *
 * Not under the sign-off lock: a finalised conference's family documents are made, and so
 * translated, after sign-off. Removed with their conference. A recipient id is a family member's
 * or child's id, 'family-network' or 'everyone-invited', so it is not a foreign key.
 */
export const migration0027Translations: Migration = {
  version: 27,
  name: 'translations',
  up(db) {
    db.exec(`
      CREATE TABLE translation_export (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        recipient_id TEXT NOT NULL,
        language TEXT NOT NULL,
        -- The segments the file held, each id with the hash of its English: a file that comes back must hold only these.
        segment_hashes TEXT NOT NULL CHECK (json_valid(segment_hashes)),
        made_at TEXT NOT NULL,
        made_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX translation_export_by_conference ON translation_export(conference_id);

      CREATE TABLE translation (
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        recipient_id TEXT NOT NULL,
        language TEXT NOT NULL,
        segment_id TEXT NOT NULL,
        source_hash TEXT NOT NULL CHECK (length(source_hash) = 64),
        target_text TEXT NOT NULL,
        export_id TEXT NOT NULL REFERENCES translation_export(id) ON DELETE CASCADE,
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (conference_id, recipient_id, language, segment_id)
      ) STRICT;
      CREATE INDEX translation_by_export ON translation(export_id);

      CREATE TABLE translation_left_in_english (
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        recipient_id TEXT NOT NULL,
        language TEXT NOT NULL,
        segment_id TEXT NOT NULL,
        chosen_by TEXT NOT NULL,
        chosen_at TEXT NOT NULL,
        PRIMARY KEY (conference_id, recipient_id, language, segment_id)
      ) STRICT;
    `);
  },
};
