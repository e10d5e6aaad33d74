import type { Migration } from './index';

/** Marks conferences whose next deadline must be worked out again. */
const stale = (where: string) => `UPDATE conference_deadline SET stale = 1 WHERE ${where}`;

/**
 * Each conference's next open deadline, stored so the home screen's deadline filters ("Due soon",
 * "Overdue") are a date comparison in SQL instead of working out every conference's deadlines.
 *
 * `next_due` is the due date of the conference's open deadline due first (null when none is
 * open, or the conference has no trigger date), and `next_key` which deadline that is. The due
 * DATE is stored, never a status: whether it is overdue or due soon depends on today, so it is
 * compared with today when searching and nothing here goes out of date with time.
 *
 * Due dates are counted in working days, which SQL cannot do, so the application works them out
 * (electron/handlers/next-deadline.ts). Triggers mark a conference `stale` whenever what its
 * deadlines depend on changes, however the change is made: its type, status, dates and previous
 * conference, the type of the conference it reviews, and its agency reports. A change to the
 * authority's settings (timescales, bank holidays) unsets `deadline_rules.checked`, so the
 * application compares the rules' fingerprint and, when they differ, works every conference out
 * again. Rows already here are marked stale and worked out when the application starts.
 *
 * The table has no foreign key, like search_entry: it is derived, so it neither travels in a
 * handover package (each copy works out its own, with its own authority's rules) nor is part of
 * the signed-off record (it may change on a finalised conference when the bank holidays do).
 */
export const migration0011NextDeadline: Migration = {
  version: 11,
  name: 'next-deadline',
  up(db) {
    db.exec(`
      CREATE TABLE conference_deadline (
        conference_id TEXT PRIMARY KEY,
        next_due TEXT,
        next_key TEXT CHECK (next_key IN ('conference', 'reports-to-family')),
        stale INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1)),
        CHECK ((next_due IS NULL) = (next_key IS NULL))
      ) STRICT;
      -- The deadline filters read a range of due dates, and only the conference ids from it.
      CREATE INDEX conference_deadline_by_due ON conference_deadline(next_due, conference_id);
      -- What the application has still to work out: usually nothing, so finding it costs nothing.
      CREATE INDEX conference_deadline_stale ON conference_deadline(conference_id) WHERE stale = 1;

      -- The fingerprint of the rules the stored dates were worked out with; checked = 0 after
      -- the authority's settings change, until the application has compared it.
      CREATE TABLE deadline_rules (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fingerprint TEXT NOT NULL,
        checked INTEGER NOT NULL CHECK (checked IN (0, 1))
      ) STRICT;

      CREATE TRIGGER conference_deadline_insert AFTER INSERT ON conference BEGIN
        INSERT OR REPLACE INTO conference_deadline (conference_id, stale) VALUES (NEW.id, 1);
      END;
      CREATE TRIGGER conference_deadline_update AFTER UPDATE OF type, status, scheduled_date, trigger_date, previous_conference_id ON conference
        WHEN OLD.type IS NOT NEW.type OR OLD.status IS NOT NEW.status OR OLD.scheduled_date IS NOT NEW.scheduled_date
          OR OLD.trigger_date IS NOT NEW.trigger_date OR OLD.previous_conference_id IS NOT NEW.previous_conference_id BEGIN
        ${stale('conference_id = NEW.id')};
      END;
      -- A review counts from the conference before it: six months after a review, three after any other.
      CREATE TRIGGER conference_deadline_previous_type AFTER UPDATE OF type ON conference WHEN OLD.type IS NOT NEW.type BEGIN
        ${stale('conference_id IN (SELECT id FROM conference WHERE previous_conference_id = NEW.id)')};
      END;
      CREATE TRIGGER conference_deadline_delete AFTER DELETE ON conference BEGIN
        DELETE FROM conference_deadline WHERE conference_id = OLD.id;
        ${stale('conference_id IN (SELECT id FROM conference WHERE previous_conference_id = OLD.id)')};
      END;

      -- Reports reaching the family complete the reports deadline.
      CREATE TRIGGER conference_deadline_report_insert AFTER INSERT ON agency_report BEGIN
        ${stale('conference_id = NEW.conference_id')};
      END;
      CREATE TRIGGER conference_deadline_report_update AFTER UPDATE OF conference_id, shared_with_family, shared_date ON agency_report BEGIN
        ${stale('conference_id IN (OLD.conference_id, NEW.conference_id)')};
      END;
      CREATE TRIGGER conference_deadline_report_delete AFTER DELETE ON agency_report BEGIN
        ${stale('conference_id = OLD.conference_id')};
      END;

      -- Timescales and bank holidays are in the authority's settings.
      CREATE TRIGGER deadline_rules_settings_insert AFTER INSERT ON authority_settings BEGIN
        UPDATE deadline_rules SET checked = 0;
      END;
      CREATE TRIGGER deadline_rules_settings_update AFTER UPDATE ON authority_settings BEGIN
        UPDATE deadline_rules SET checked = 0;
      END;
      CREATE TRIGGER deadline_rules_settings_delete AFTER DELETE ON authority_settings BEGIN
        UPDATE deadline_rules SET checked = 0;
      END;

      -- What was there before this version: worked out by the application when it starts.
      INSERT INTO conference_deadline (conference_id, stale) SELECT id, 1 FROM conference;
    `);
  },
};
