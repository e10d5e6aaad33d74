import type { Migration } from './index';

/** The passphrase that unlocks Confer after it locks itself when idle: only a slow hash is kept. */
export const migration0005AppLock: Migration = {
  version: 5,
  name: 'app-lock',
  up(db) {
    db.exec(`
      CREATE TABLE app_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        set_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
