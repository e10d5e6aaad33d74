import type { Migration } from './index';

/** Families, their children (born or unborn), conferences, and the append-only audit trail. */
export const migration0001Conferences: Migration = {
  version: 1,
  name: 'conferences',
  up(db) {
    db.exec(`
      CREATE TABLE family (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE child (
        id TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL,
        date_of_birth TEXT,
        expected_delivery_date TEXT,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((date_of_birth IS NULL) <> (expected_delivery_date IS NULL))
      ) STRICT;
      CREATE INDEX child_by_family ON child(family_id, position);

      CREATE TABLE conference (
        id TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES family(id),
        type TEXT NOT NULL CHECK (type IN ('initial', 'review', 'pre-birth-initial', 'transfer-in')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'live', 'finalised')),
        scheduled_date TEXT NOT NULL,
        scheduled_time TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conference_by_schedule ON conference(scheduled_date, scheduled_time);
      CREATE INDEX conference_by_family ON conference(family_id);

      CREATE TABLE audit_event (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        conference_id TEXT
      ) STRICT;
      CREATE INDEX audit_by_conference ON audit_event(conference_id, seq);

      -- The audit trail is append-only: the database itself refuses edits and deletions.
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
      CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
    `);
  },
};
