import { removing } from './0013-removal-by-conference';
import type { Migration } from './index';

const REFUSE = `SELECT RAISE(ABORT, 'This conference has been finalised: record a correction as an amendment.')`;
const stale = (where: string) => `UPDATE conference_deadline SET stale = 1 WHERE ${where}`;
const DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const TIME = `'[0-2][0-9]:[0-5][0-9]'`;

/**
 * Held is its own state (issue 15). A conference is marked held, with the date and time it
 * actually took place, before it is written up and finalised: being prepared (no held date),
 * held and being written up (a held date, not finalised), finalised. `status` keeps its stored
 * values ('draft', 'finalised'): SQLite cannot change its CHECK without making the conference
 * table again, and every record points at it; the held state is the held date.
 *
 * - The database refuses to finalise a conference that has not been marked held, whatever the
 *   application checked (a date in the future is the application's check: SQLite's clock is UTC).
 * - The sign-off lock on the conference row (0013) lists the columns a removal may leave
 *   unchanged; it is made again here so that list includes the new columns.
 * - The stored next deadline (0011) now covers what follows the meeting: the decision letter,
 *   the record and plan sent out, the first core group, the next review, and the end of the
 *   dissent window (kept apart: a window closes, it is never overdue). Its table is made again
 *   with the new kinds (it is derived: every row is worked out again at start), and triggers mark
 *   a conference when what those depend on changes: its held date, its decisions (a plan or
 *   not), its first core group date, what was sent, and the review held after it.
 */
export const migration0018Held: Migration = {
  version: 18,
  name: 'held',
  up(db) {
    db.exec(`
      ALTER TABLE conference ADD COLUMN held_date TEXT CHECK (held_date IS NULL OR held_date GLOB ${DATE});
      ALTER TABLE conference ADD COLUMN held_time TEXT CHECK (held_time IS NULL OR held_time GLOB ${TIME});

      CREATE TRIGGER conference_held_whole_insert BEFORE INSERT ON conference
        WHEN (NEW.held_date IS NULL) <> (NEW.held_time IS NULL)
        BEGIN SELECT RAISE(ABORT, 'A conference is held on a date and at a time: record both.'); END;
      CREATE TRIGGER conference_held_whole_update BEFORE UPDATE OF held_date, held_time ON conference
        WHEN (NEW.held_date IS NULL) <> (NEW.held_time IS NULL)
        BEGIN SELECT RAISE(ABORT, 'A conference is held on a date and at a time: record both.'); END;
      CREATE TRIGGER conference_finalised_needs_held BEFORE UPDATE OF status ON conference
        WHEN NEW.status = 'finalised' AND OLD.status IS NOT 'finalised' AND NEW.held_date IS NULL
        BEGIN SELECT RAISE(ABORT, 'This conference has not been marked as held: record when it took place before finalising it.'); END;
    `);

    const unchanged = (db.prepare("SELECT name FROM pragma_table_info('conference') WHERE name <> 'previous_conference_id'").pluck().all() as string[])
      .map((column) => `NEW."${column}" IS OLD."${column}"`)
      .join(' AND ');
    db.exec(`
      DROP TRIGGER conference_finalised_update;
      CREATE TRIGGER conference_finalised_update BEFORE UPDATE ON conference
        WHEN OLD.status = 'finalised'
          AND NOT (${removing('OLD.id')} AND NEW.id = OLD.id)
          AND NOT (${removing('OLD.previous_conference_id')} AND NEW.previous_conference_id IS NULL AND ${unchanged})
        BEGIN ${REFUSE}; END;

      DROP TABLE conference_deadline;
      CREATE TABLE conference_deadline (
        conference_id TEXT PRIMARY KEY,
        next_due TEXT,
        next_key TEXT CHECK (next_key IN ('conference', 'reports-to-family', 'decision-letter', 'record', 'first-core-group', 'next-review')),
        -- The last day of the window for a formal dissent, once the conference is held.
        dissent_ends TEXT,
        stale INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1)),
        CHECK ((next_due IS NULL) = (next_key IS NULL))
      ) STRICT;
      CREATE INDEX conference_deadline_by_due ON conference_deadline(next_due, conference_id);
      CREATE INDEX conference_deadline_by_dissent ON conference_deadline(dissent_ends, conference_id) WHERE dissent_ends IS NOT NULL;
      CREATE INDEX conference_deadline_stale ON conference_deadline(conference_id) WHERE stale = 1;
      INSERT INTO conference_deadline (conference_id, stale) SELECT id, 1 FROM conference;
      UPDATE deadline_rules SET checked = 0;

      -- What was sent completes the decision letter and the record deadlines.
      CREATE INDEX distribution_sent_by_document ON distribution_sent(conference_id, document, sent_on);

      CREATE TRIGGER conference_deadline_held AFTER UPDATE OF held_date, held_time ON conference
        WHEN OLD.held_date IS NOT NEW.held_date OR OLD.held_time IS NOT NEW.held_time BEGIN
        ${stale('conference_id = NEW.id')};
      END;
      -- The review held after a conference completes that conference's next-review deadline.
      CREATE TRIGGER conference_deadline_review_insert AFTER INSERT ON conference WHEN NEW.previous_conference_id IS NOT NULL BEGIN
        ${stale('conference_id = NEW.previous_conference_id')};
      END;
      CREATE TRIGGER conference_deadline_review_update AFTER UPDATE OF status, held_date, scheduled_date, previous_conference_id ON conference
        WHEN OLD.status IS NOT NEW.status OR OLD.held_date IS NOT NEW.held_date OR OLD.scheduled_date IS NOT NEW.scheduled_date
          OR OLD.previous_conference_id IS NOT NEW.previous_conference_id BEGIN
        ${stale('conference_id IN (OLD.previous_conference_id, NEW.previous_conference_id)')};
      END;

      CREATE TRIGGER conference_deadline_decision_insert AFTER INSERT ON decision BEGIN
        ${stale('conference_id = NEW.conference_id')};
      END;
      CREATE TRIGGER conference_deadline_decision_update AFTER UPDATE OF outcome, conference_id ON decision BEGIN
        ${stale('conference_id IN (OLD.conference_id, NEW.conference_id)')};
      END;
      CREATE TRIGGER conference_deadline_decision_delete AFTER DELETE ON decision BEGIN
        ${stale('conference_id = OLD.conference_id')};
      END;
      CREATE TRIGGER conference_deadline_plan_insert AFTER INSERT ON plan BEGIN
        ${stale('conference_id = NEW.conference_id')};
      END;
      CREATE TRIGGER conference_deadline_plan_update AFTER UPDATE OF first_core_group_date, conference_id ON plan BEGIN
        ${stale('conference_id IN (OLD.conference_id, NEW.conference_id)')};
      END;
      CREATE TRIGGER conference_deadline_plan_delete AFTER DELETE ON plan BEGIN
        ${stale('conference_id = OLD.conference_id')};
      END;
      CREATE TRIGGER conference_deadline_sent_insert AFTER INSERT ON distribution_sent BEGIN
        ${stale('conference_id = NEW.conference_id')};
      END;
      CREATE TRIGGER conference_deadline_sent_delete AFTER DELETE ON distribution_sent BEGIN
        ${stale('conference_id = OLD.conference_id')};
      END;
    `);
  },
};
