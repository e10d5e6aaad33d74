import type { Migration } from './index';

const REFUSE = `SELECT RAISE(ABORT, 'This conference has been finalised: record a correction as an amendment.')`;
const finalised = (row: 'NEW' | 'OLD') => `(SELECT status FROM conference WHERE id = ${row}.conference_id) = 'finalised'`;

/**
 * "Ignore here, because…" decisions for the decision and plan's long texts too: decisions,
 * analysis statements, dissent, the plan, its outcomes and actions, and amendments. SQLite cannot
 * change a CHECK constraint, so the table is rebuilt with its rows, index and sign-off lock.
 */
export const migration0010LanguageRecords: Migration = {
  version: 10,
  name: 'language-records',
  up(db) {
    db.exec(`
      CREATE TABLE language_ignore_new (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        record_kind TEXT NOT NULL CHECK (record_kind IN ('conference', 'contribution', 'decision', 'statement', 'dissent', 'outcome', 'action', 'plan', 'amendment')),
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        flagged_text TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO language_ignore_new SELECT id, conference_id, record_kind, record_id, field, rule_id, flagged_text, reason, decided_by, decided_at FROM language_ignore;
      DROP TABLE language_ignore;
      ALTER TABLE language_ignore_new RENAME TO language_ignore;
      CREATE INDEX language_ignore_by_record ON language_ignore(conference_id, record_kind, record_id, field);

      CREATE TRIGGER language_ignore_finalised_insert BEFORE INSERT ON language_ignore WHEN ${finalised('NEW')} BEGIN ${REFUSE}; END;
      CREATE TRIGGER language_ignore_finalised_update BEFORE UPDATE ON language_ignore WHEN ${finalised('OLD')} OR ${finalised('NEW')} BEGIN ${REFUSE}; END;
      CREATE TRIGGER language_ignore_finalised_delete BEFORE DELETE ON language_ignore WHEN ${finalised('OLD')} BEGIN ${REFUSE}; END;
    `);
  },
};
