import type { Migration } from './index';

/**
 * The authority's identity, printed as every document's letterhead (issue 15, item 4): one row.
 * The logo is kept only as Confer checked it (shared/authority/logo-check.ts), with what it says
 * for people who cannot see it, or marked as decoration.
 */
export const migration0020AuthorityIdentity: Migration = {
  version: 20,
  name: 'authority-identity',
  up(db) {
    db.exec(`
      CREATE TABLE authority_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        logo BLOB,
        logo_format TEXT CHECK (logo_format IN ('png', 'svg')),
        logo_width REAL,
        logo_height REAL,
        logo_alt TEXT NOT NULL DEFAULT '',
        logo_decorative INTEGER NOT NULL DEFAULT 0 CHECK (logo_decorative IN (0, 1)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK ((logo IS NULL) = (logo_format IS NULL) AND (logo IS NULL) = (logo_width IS NULL) AND (logo IS NULL) = (logo_height IS NULL)),
        CHECK (logo IS NULL OR logo_decorative = 1 OR length(trim(logo_alt)) > 0)
      ) STRICT;
    `);
  },
};
