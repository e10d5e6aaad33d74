import type { Migration } from './index';

/**
 * Two things that must outlast what usually wipes them.
 *
 * Restores: each restore of a backup is recorded in the database it brings back (who, when, which
 * backup, and how many conferences, finalised conferences and audit events there were before and
 * after), so a restore never erases its own trace. Earlier restores' records are carried into each
 * new one. A record is never changed or removed.
 *
 * The app lock's wrong passphrases: the count, any pause after too many, and whether Confer was
 * locked, so closing and opening Confer again gives no fresh attempts and no way round the lock.
 */
export const migration0014RestoresAndLockAttempts: Migration = {
  version: 14,
  name: 'restores-and-lock-attempts',
  up(db) {
    db.exec(`
      CREATE TABLE backup_restore (
        id TEXT PRIMARY KEY,
        restored_at TEXT NOT NULL,
        restored_by TEXT NOT NULL,
        backup_name TEXT NOT NULL,
        backup_made_at TEXT NOT NULL,
        -- The copy of what was there before, kept outside rotation until someone removes it.
        kept_copy_name TEXT NOT NULL,
        conferences_before INTEGER NOT NULL CHECK (conferences_before >= 0),
        finalised_before INTEGER NOT NULL CHECK (finalised_before >= 0),
        audit_events_before INTEGER NOT NULL CHECK (audit_events_before >= 0),
        conferences_after INTEGER NOT NULL CHECK (conferences_after >= 0),
        finalised_after INTEGER NOT NULL CHECK (finalised_after >= 0),
        audit_events_after INTEGER NOT NULL CHECK (audit_events_after >= 0),
        -- What was here but is not in the backup: these needed the restore to be typed to confirm.
        finalised_removed INTEGER NOT NULL CHECK (finalised_removed >= 0),
        audit_events_removed INTEGER NOT NULL CHECK (audit_events_removed >= 0),
        confirmed_by_typing INTEGER NOT NULL CHECK (confirmed_by_typing IN (0, 1)),
        CHECK (confirmed_by_typing = 1 OR (finalised_removed = 0 AND audit_events_removed = 0))
      ) STRICT;
      CREATE INDEX backup_restore_by_time ON backup_restore(restored_at);
      CREATE TRIGGER backup_restore_no_update BEFORE UPDATE ON backup_restore
        BEGIN SELECT RAISE(ABORT, 'A record of a restore is never changed.'); END;
      CREATE TRIGGER backup_restore_no_delete BEFORE DELETE ON backup_restore
        BEGIN SELECT RAISE(ABORT, 'A record of a restore is never removed.'); END;

      ALTER TABLE app_lock ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0);
      ALTER TABLE app_lock ADD COLUMN paused_until TEXT;
      ALTER TABLE app_lock ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
    `);
  },
};
