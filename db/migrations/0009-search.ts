import type { Migration } from './index';
import { lockTriggers } from './0004-decision-and-plan';
import { withRemovalException } from './0008-retention';

/**
 * Search across the caseload with SQLite's full-text index (FTS5), kept in step by triggers.
 *
 * `search_entry` gives every searchable record a stable integer key (`doc`, the FTS rowid) (the rowid of a table without
 * an INTEGER PRIMARY KEY may change on VACUUM, so it cannot be used) and what search filters on:
 * the family, the conference and the restriction marking, which travels with the entry so that a
 * family-facing search can leave restricted contributions out in SQL. Two contentless FTS5 tables
 * hold only the index, not another copy of the text: names (children, family members, the
 * conference's venue), small; and contributions, large. The index holds sensitive words; it lives
 * inside the same encrypted database file as everything else.
 */
const CHILD_NAME = `CASE WHEN NEW.date_of_birth IS NULL THEN 'Unborn baby ' ELSE NEW.given_name || ' ' END || NEW.family_name`;
const entryOf = (row: 'NEW' | 'OLD') => `(SELECT doc FROM search_entry WHERE entity_id = ${row}.id)`;

export const migration0009Search: Migration = {
  version: 9,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_entry (
        doc INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('child', 'family-member', 'conference', 'contribution')),
        entity_id TEXT NOT NULL UNIQUE,
        family_id TEXT,
        conference_id TEXT,
        restriction_level TEXT NOT NULL DEFAULT 'none'
      ) STRICT;

      CREATE VIRTUAL TABLE search_name USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
      CREATE VIRTUAL TABLE search_text USING fts5(body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

      CREATE TRIGGER search_child_insert AFTER INSERT ON child BEGIN
        INSERT INTO search_entry (kind, entity_id, family_id) VALUES ('child', NEW.id, NEW.family_id);
        INSERT INTO search_name (rowid, body) VALUES (${entryOf('NEW')}, ${CHILD_NAME});
      END;
      CREATE TRIGGER search_child_update AFTER UPDATE OF given_name, family_name, date_of_birth, family_id ON child BEGIN
        UPDATE search_entry SET family_id = NEW.family_id WHERE entity_id = NEW.id;
        DELETE FROM search_name WHERE rowid = ${entryOf('OLD')};
        INSERT INTO search_name (rowid, body) VALUES (${entryOf('NEW')}, ${CHILD_NAME});
      END;
      CREATE TRIGGER search_child_delete AFTER DELETE ON child BEGIN
        DELETE FROM search_name WHERE rowid = ${entryOf('OLD')};
        DELETE FROM search_entry WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_family_member_insert AFTER INSERT ON family_member BEGIN
        INSERT INTO search_entry (kind, entity_id, family_id) VALUES ('family-member', NEW.id, NEW.family_id);
        INSERT INTO search_name (rowid, body) VALUES (${entryOf('NEW')}, NEW.given_name || ' ' || NEW.family_name);
      END;
      CREATE TRIGGER search_family_member_update AFTER UPDATE OF given_name, family_name, family_id ON family_member BEGIN
        UPDATE search_entry SET family_id = NEW.family_id WHERE entity_id = NEW.id;
        DELETE FROM search_name WHERE rowid = ${entryOf('OLD')};
        INSERT INTO search_name (rowid, body) VALUES (${entryOf('NEW')}, NEW.given_name || ' ' || NEW.family_name);
      END;
      CREATE TRIGGER search_family_member_delete AFTER DELETE ON family_member BEGIN
        DELETE FROM search_name WHERE rowid = ${entryOf('OLD')};
        DELETE FROM search_entry WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_conference_insert AFTER INSERT ON conference BEGIN
        INSERT INTO search_entry (kind, entity_id, family_id, conference_id) VALUES ('conference', NEW.id, NEW.family_id, NEW.id);
        INSERT INTO search_name (rowid, body) VALUES (${entryOf('NEW')}, NEW.venue);
      END;
      CREATE TRIGGER search_conference_update AFTER UPDATE OF venue ON conference WHEN OLD.venue IS NOT NEW.venue BEGIN
        DELETE FROM search_name WHERE rowid = ${entryOf('OLD')};
        INSERT INTO search_name (rowid, body) VALUES (${entryOf('NEW')}, NEW.venue);
      END;
      CREATE TRIGGER search_conference_delete AFTER DELETE ON conference BEGIN
        DELETE FROM search_name WHERE rowid = ${entryOf('OLD')};
        DELETE FROM search_entry WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_contribution_insert AFTER INSERT ON contribution BEGIN
        INSERT INTO search_entry (kind, entity_id, family_id, conference_id, restriction_level)
          VALUES ('contribution', NEW.id, (SELECT family_id FROM conference WHERE id = NEW.conference_id), NEW.conference_id, NEW.restriction_level);
        INSERT INTO search_text (rowid, body) VALUES (${entryOf('NEW')}, NEW.text);
      END;
      CREATE TRIGGER search_contribution_restriction AFTER UPDATE OF restriction ON contribution
        WHEN OLD.restriction_level IS NOT NEW.restriction_level BEGIN
        UPDATE search_entry SET restriction_level = NEW.restriction_level WHERE entity_id = NEW.id;
      END;
      CREATE TRIGGER search_contribution_text AFTER UPDATE OF text ON contribution WHEN OLD.text IS NOT NEW.text BEGIN
        DELETE FROM search_text WHERE rowid = ${entryOf('OLD')};
        INSERT INTO search_text (rowid, body) VALUES (${entryOf('NEW')}, NEW.text);
      END;
      CREATE TRIGGER search_contribution_delete AFTER DELETE ON contribution BEGIN
        DELETE FROM search_text WHERE rowid = ${entryOf('OLD')};
        DELETE FROM search_entry WHERE entity_id = OLD.id;
      END;

      -- The caseload list and its filters read only these columns: from the index, not the
      -- table, which at an authority's scale is far larger than SQLite's page cache.
      CREATE INDEX conference_caseload ON conference(scheduled_date, scheduled_time, created_at, id, family_id, status, type, chair_id, trigger_date, previous_conference_id);
      CREATE INDEX conference_type_by_id ON conference(id, type);
      CREATE INDEX agency_report_sharing ON agency_report(conference_id, shared_with_family, shared_date);

      -- What was there before this version.
      INSERT INTO search_entry (kind, entity_id, family_id) SELECT 'child', id, family_id FROM child;
      INSERT INTO search_name (rowid, body)
        SELECT e.doc, CASE WHEN c.date_of_birth IS NULL THEN 'Unborn baby ' ELSE c.given_name || ' ' END || c.family_name
        FROM child c JOIN search_entry e ON e.entity_id = c.id;
      INSERT INTO search_entry (kind, entity_id, family_id) SELECT 'family-member', id, family_id FROM family_member;
      INSERT INTO search_name (rowid, body)
        SELECT e.doc, m.given_name || ' ' || m.family_name FROM family_member m JOIN search_entry e ON e.entity_id = m.id;
      INSERT INTO search_entry (kind, entity_id, family_id, conference_id) SELECT 'conference', id, family_id, id FROM conference;
      INSERT INTO search_name (rowid, body) SELECT e.doc, c.venue FROM conference c JOIN search_entry e ON e.entity_id = c.id;
      INSERT INTO search_entry (kind, entity_id, family_id, conference_id, restriction_level)
        SELECT 'contribution', x.id, c.family_id, x.conference_id, x.restriction_level FROM contribution x JOIN conference c ON c.id = x.conference_id;
      INSERT INTO search_text (rowid, body) SELECT e.doc, x.text FROM contribution x JOIN search_entry e ON e.entity_id = x.id;
    `);
    // The index of a finalised conference is part of it: locked like its other tables, with the
    // same exception for a retention removal.
    const locks = lockTriggers('search_entry', (row) => `SELECT status FROM conference WHERE id = ${row}.conference_id`);
    for (const trigger of locks.split(/\n\s*(?=CREATE TRIGGER)/).map((sql) => sql.trim()).filter((sql) => sql.length > 0)) {
      db.exec(withRemovalException(trigger));
    }
  },
};
