import type { Migration } from './index';

/**
 * The language packs an authority imports (issue 16): one per language, the whole checked pack
 * file as JSON (shared/i18n/pack.ts), and who imported it or marked it reviewed last. A pack here
 * takes the place of the draft Confer ships for the same language. Never carried in a handover:
 * it is this authority's, like its letterhead.
 */
export const migration0026LanguagePacks: Migration = {
  version: 26,
  name: 'language-packs',
  up(db) {
    db.exec(`
      CREATE TABLE language_pack (
        locale TEXT PRIMARY KEY CHECK (length(locale) BETWEEN 2 AND 12),
        file_json TEXT NOT NULL CHECK (json_valid(file_json) AND length(file_json) <= 524288),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
    `);
  },
};
