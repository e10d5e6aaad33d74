import type { Migration } from './index';

const REFUSE = `SELECT RAISE(ABORT, 'This conference has been finalised: record a correction as an amendment.')`;
const finalised = (row: 'NEW' | 'OLD') => `(SELECT status FROM conference WHERE id = ${row}.conference_id) = 'finalised'`;

/**
 * Language checks: the authority's own pack (one per computer, as JSON checked by the
 * application against AuthorityPackSchema), and "ignore here, because…" decisions, kept with
 * the record and field they apply to, with who decided and when. A finalised conference's
 * decisions are as fixed as the rest of its record.
 */
export const migration0006Language: Migration = {
  version: 6,
  name: 'language',
  up(db) {
    db.exec(`
      CREATE TABLE language_authority_pack (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pack TEXT NOT NULL CHECK (json_valid(pack)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE language_ignore (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        record_kind TEXT NOT NULL CHECK (record_kind IN ('conference', 'contribution')),
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        flagged_text TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX language_ignore_by_record ON language_ignore(conference_id, record_kind, record_id, field);

      CREATE TRIGGER language_ignore_finalised_insert BEFORE INSERT ON language_ignore WHEN ${finalised('NEW')} BEGIN ${REFUSE}; END;
      CREATE TRIGGER language_ignore_finalised_update BEFORE UPDATE ON language_ignore WHEN ${finalised('OLD')} OR ${finalised('NEW')} BEGIN ${REFUSE}; END;
      CREATE TRIGGER language_ignore_finalised_delete BEFORE DELETE ON language_ignore WHEN ${finalised('OLD')} BEGIN ${REFUSE}; END;
    `);
  },
};
