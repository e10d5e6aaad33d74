import type Database from 'better-sqlite3-multiple-ciphers';
import { CONFERENCE_TABLES } from './0004-decision-and-plan';
import type { Migration } from './index';

const REFUSE = `SELECT RAISE(ABORT, 'This conference has been finalised: record a correction as an amendment.')`;

/** Where a row of each locked table finds its conference. */
type ConferenceOf = (row: 'NEW' | 'OLD') => string;
const direct: ConferenceOf = (row) => `${row}.conference_id`;
const through = (parent: string, key: string): ConferenceOf => (row) => `(SELECT conference_id FROM ${parent} WHERE id = ${row}.${key})`;

/** Every table holding a finalised conference's data, with the sign-off lock. */
const LOCKED_TABLES: readonly (readonly [string, ConferenceOf])[] = [
  ...CONFERENCE_TABLES.map((table) => [table, direct] as const),
  ['contribution_version', through('contribution', 'contribution_id')],
  ['attendance', through('invitation', 'invitation_id')],
  ['language_ignore', direct],
  ['search_entry', direct],
];

const finalised = (conference: string) => `(SELECT status FROM conference WHERE id = ${conference}) = 'finalised'`;
/** The removal exception, for one conference: the one whose removal is in progress. */
export const removing = (conference: string) => `EXISTS (SELECT 1 FROM retention_removal WHERE conference_id = ${conference})`;

/**
 * The sign-off lock for a table, with the retention exception keyed on the row's own conference.
 * Nothing is ever added to a finalised conference, removal or not; a row changes or goes only
 * while its own conference is being removed.
 */
export function lockTriggersWithRemoval(table: string, conferenceOf: ConferenceOf): string {
  return `
    CREATE TRIGGER ${table}_finalised_insert BEFORE INSERT ON ${table}
      WHEN ${finalised(conferenceOf('NEW'))} BEGIN ${REFUSE}; END;
    CREATE TRIGGER ${table}_finalised_update BEFORE UPDATE ON ${table}
      WHEN (${finalised(conferenceOf('OLD'))} OR ${finalised(conferenceOf('NEW'))})
        AND NOT (${removing(conferenceOf('OLD'))} AND ${removing(conferenceOf('NEW'))}) BEGIN ${REFUSE}; END;
    CREATE TRIGGER ${table}_finalised_delete BEFORE DELETE ON ${table}
      WHEN ${finalised(conferenceOf('OLD'))} AND NOT ${removing(conferenceOf('OLD'))} BEGIN ${REFUSE}; END;`;
}

/**
 * The retention exception, keyed on the conference being removed (issue 14). Before, the
 * sign-off lock stood aside for every finalised conference whenever any row existed in
 * `retention_removal`, so one stray row there (a handover package could carry one) opened every
 * signed-off record on the computer. Now a trigger stands aside only for rows of the conference
 * named there, only for changes and deletions, never for additions. The append-only logs
 * (amendments, what was sent) are never changed and go only with their own conference.
 *
 * The one change to another conference a removal makes: a later review here keeps its record but
 * loses its link to the conference removed (previous_conference_id), and nothing else about it
 * may change in the same statement. The columns compared are the conference's as of this
 * migration; a later one that adds a column to `conference` replaces this trigger.
 *
 * `language_ignore` (rebuilt by 0010 after 0008) had no exception at all, so a finalised
 * conference with "ignore here" decisions could not be removed; it gets the same lock.
 */
export const migration0013RemovalByConference: Migration = {
  version: 13,
  name: 'removal-by-conference',
  up(db: Database.Database) {
    const lockTriggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%\\_finalised\\_%' ESCAPE '\\' OR name IN ('amendment_no_update', 'amendment_no_delete', 'distribution_sent_no_update', 'distribution_sent_no_delete'))")
      .pluck()
      .all() as string[];
    for (const name of lockTriggers) db.exec(`DROP TRIGGER "${name}"`);

    for (const [table, conferenceOf] of LOCKED_TABLES) db.exec(lockTriggersWithRemoval(table, conferenceOf));

    const unchanged = (db.prepare("SELECT name FROM pragma_table_info('conference') WHERE name <> 'previous_conference_id'").pluck().all() as string[])
      .map((column) => `NEW."${column}" IS OLD."${column}"`)
      .join(' AND ');
    db.exec(`
      CREATE TRIGGER conference_finalised_insert BEFORE INSERT ON conference WHEN NEW.status = 'finalised'
        BEGIN SELECT RAISE(ABORT, 'A conference is finalised only by signing it off.'); END;
      CREATE TRIGGER conference_finalised_update BEFORE UPDATE ON conference
        WHEN OLD.status = 'finalised'
          AND NOT (${removing('OLD.id')} AND NEW.id = OLD.id)
          AND NOT (${removing('OLD.previous_conference_id')} AND NEW.previous_conference_id IS NULL AND ${unchanged})
        BEGIN ${REFUSE}; END;
      CREATE TRIGGER conference_finalised_delete BEFORE DELETE ON conference
        WHEN OLD.status = 'finalised' AND NOT ${removing('OLD.id')} BEGIN ${REFUSE}; END;

      CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment
        BEGIN SELECT RAISE(ABORT, 'amendment is append-only'); END;
      CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment WHEN NOT ${removing('OLD.conference_id')}
        BEGIN SELECT RAISE(ABORT, 'amendment is append-only'); END;
      CREATE TRIGGER distribution_sent_no_update BEFORE UPDATE ON distribution_sent
        BEGIN SELECT RAISE(ABORT, 'distribution_sent is append-only'); END;
      CREATE TRIGGER distribution_sent_no_delete BEFORE DELETE ON distribution_sent WHEN NOT ${removing('OLD.conference_id')}
        BEGIN SELECT RAISE(ABORT, 'distribution_sent is append-only'); END;
    `);
  },
};
