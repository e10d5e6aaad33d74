import type { Migration } from './index';

/**
 * Who is using Confer (issue 15): one profile per copy of the application, set up at first run
 * and changed in Settings. Its name is what the audit trail, "finalised by", amendments and every
 * document record as the person acting, never the computer's login name. It is this computer's,
 * like the authority's settings: never carried in a handover package.
 */
export const migration0019UserProfile: Migration = {
  version: 19,
  name: 'user-profile',
  up(db) {
    db.exec(`
      CREATE TABLE user_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
        role TEXT NOT NULL CHECK (role IN ('chair', 'minute-taker', 'administrator')),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
