import type { Migration } from './index';

/** Tables that hold a conference's data directly, through their conference_id. */
export const CONFERENCE_TABLES = [
  'invitation',
  'agency_report',
  'agenda_item',
  'contribution',
  'exclusion',
  'child_voice',
  'restricted_part',
  'safety_statement',
  'safety_scale',
  'decision',
  'dissent',
  'plan',
  'plan_outcome',
  'plan_action',
  'distribution_recipient',
] as const;

/** Tables that hold a conference's data through another table: [table, its key column, the parent table]. */
export const INDIRECT_CONFERENCE_TABLES = [
  ['contribution_version', 'contribution_id', 'contribution'],
  ['attendance', 'invitation_id', 'invitation'],
] as const;

const REFUSE = `SELECT RAISE(ABORT, 'This conference has been finalised: record a correction as an amendment.')`;

/** Triggers so that the database itself refuses any change to a finalised conference's data. */
export function lockTriggers(table: string, statusOf: (row: 'NEW' | 'OLD') => string): string {
  const finalised = (row: 'NEW' | 'OLD') => `(${statusOf(row)}) = 'finalised'`;
  return `
    CREATE TRIGGER ${table}_finalised_insert BEFORE INSERT ON ${table} WHEN ${finalised('NEW')} BEGIN ${REFUSE}; END;
    CREATE TRIGGER ${table}_finalised_update BEFORE UPDATE ON ${table} WHEN ${finalised('OLD')} OR ${finalised('NEW')} BEGIN ${REFUSE}; END;
    CREATE TRIGGER ${table}_finalised_delete BEFORE DELETE ON ${table} WHEN ${finalised('OLD')} BEGIN ${REFUSE}; END;`;
}

/**
 * The analysis (statements and scales), a decision per child with dissent, the plan with its
 * outcomes and actions, who receives what, sign-off with amendments, and the lock: once a
 * conference is finalised every table holding its data refuses inserts, updates and deletes.
 * Only the amendments and the record of what was sent (both append-only) and the audit trail grow.
 */
export const migration0004DecisionAndPlan: Migration = {
  version: 4,
  name: 'decision-and-plan',
  up(db) {
    db.exec(`
      ALTER TABLE conference ADD COLUMN finalised_at TEXT;
      ALTER TABLE conference ADD COLUMN finalised_by TEXT;
      -- A review held earlier than its due date says why.
      ALTER TABLE conference ADD COLUMN brought_forward_reason TEXT NOT NULL DEFAULT '';
      CREATE INDEX conference_by_previous ON conference(previous_conference_id);

      CREATE TABLE safety_statement (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('harm', 'danger', 'complicating-factor', 'strength', 'existing-safety', 'safety-goal', 'next-step')),
        text TEXT NOT NULL,
        paired_danger_id TEXT REFERENCES safety_statement(id),
        in_familys_words INTEGER NOT NULL CHECK (in_familys_words IN (0, 1)),
        whose_words TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'safety-goal') = (paired_danger_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX safety_statement_by_conference ON safety_statement(conference_id, created_at);

      CREATE TABLE safety_scale (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        rater TEXT NOT NULL CHECK (json_valid(rater)),
        danger_statement_id TEXT REFERENCES safety_statement(id),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX safety_scale_by_conference ON safety_scale(conference_id, created_at);

      CREATE TABLE decision (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        test_met INTEGER CHECK (test_met IN (0, 1)),
        limb TEXT CHECK (limb IN ('a', 'b')),
        outcome TEXT NOT NULL CHECK (outcome IN ('plan', 'continue-plan', 'change-plan', 'end-plan', 'no-plan', 'deferred')),
        instead TEXT CHECK (instead IN ('family-help-plan', 'no-further-action')),
        ending_reason TEXT CHECK (ending_reason IN ('no-longer-at-risk', 'moved-authority', 'reached-18', 'left-uk', 'looked-after', 'died')),
        categories TEXT NOT NULL CHECK (json_valid(categories) AND json_type(categories) = 'array'),
        category_justification TEXT NOT NULL,
        chair_reasons TEXT NOT NULL,
        agency_views TEXT NOT NULL CHECK (json_valid(agency_views) AND json_type(agency_views) = 'array'),
        family_views TEXT NOT NULL CHECK (json_valid(family_views) AND json_type(family_views) = 'array'),
        deferred_to TEXT,
        deferred_reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (conference_id, child_id),
        CHECK (outcome <> 'deferred' OR deferred_to IS NOT NULL)
      ) STRICT;
      CREATE INDEX decision_by_child ON decision(child_id);

      CREATE TABLE dissent (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        professional_id TEXT NOT NULL REFERENCES professional(id),
        kind TEXT NOT NULL CHECK (kind IN ('disagreement', 'formal-dissent')),
        about TEXT NOT NULL CHECK (about IN ('test', 'category', 'plan')),
        grounds TEXT NOT NULL,
        raised_on TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        escalated_to TEXT NOT NULL,
        outcome TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dissent_by_conference ON dissent(conference_id, created_at);

      CREATE TABLE plan (
        conference_id TEXT PRIMARY KEY REFERENCES conference(id) ON DELETE CASCADE,
        visits TEXT NOT NULL CHECK (json_valid(visits) AND json_type(visits) = 'array'),
        family_network TEXT NOT NULL CHECK (json_valid(family_network) AND json_type(family_network) = 'object'),
        contingency TEXT NOT NULL,
        core_group TEXT NOT NULL CHECK (json_valid(core_group) AND json_type(core_group) = 'array'),
        core_group_note TEXT NOT NULL,
        first_core_group_date TEXT,
        next_review_date TEXT,
        brought_forward_reason TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plan_outcome (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        measure TEXT NOT NULL,
        child_ids TEXT NOT NULL CHECK (json_valid(child_ids) AND json_type(child_ids) = 'array'),
        danger_statement_id TEXT REFERENCES safety_statement(id) ON DELETE SET NULL,
        carried_from_id TEXT,
        progress TEXT NOT NULL CHECK (progress IN ('not-reviewed', 'achieved', 'partly', 'not-yet')),
        progress_note TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_outcome_by_conference ON plan_outcome(conference_id, position);

      CREATE TABLE plan_action (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        outcome_id TEXT NOT NULL REFERENCES plan_outcome(id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        owners TEXT NOT NULL CHECK (json_valid(owners) AND json_type(owners) = 'array'),
        due_date TEXT,
        frequency TEXT NOT NULL,
        reports_to TEXT NOT NULL,
        carried_from_id TEXT,
        progress TEXT NOT NULL CHECK (progress IN ('not-reviewed', 'done', 'in-progress', 'not-started', 'stopped')),
        progress_note TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_action_by_outcome ON plan_action(outcome_id, position);
      CREATE INDEX plan_action_by_conference ON plan_action(conference_id);

      CREATE TABLE distribution_recipient (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL CHECK (json_valid(recipient)),
        documents TEXT NOT NULL CHECK (json_valid(documents) AND json_type(documents) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- What was sent, and when: documents go out after sign-off, so this log only grows.
      CREATE TABLE distribution_sent (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id TEXT NOT NULL REFERENCES conference(id),
        recipient_id TEXT NOT NULL REFERENCES distribution_recipient(id),
        document TEXT NOT NULL CHECK (document IN ('decision-letter', 'full-record', 'plan', 'family-version')),
        sent_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER distribution_sent_no_update BEFORE UPDATE ON distribution_sent
        BEGIN SELECT RAISE(ABORT, 'distribution_sent is append-only'); END;
      CREATE TRIGGER distribution_sent_no_delete BEFORE DELETE ON distribution_sent
        BEGIN SELECT RAISE(ABORT, 'distribution_sent is append-only'); END;

      -- Corrections after sign-off, shown beside the original; never changed or removed.
      CREATE TABLE amendment (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id),
        section TEXT NOT NULL,
        entity_id TEXT,
        original TEXT NOT NULL,
        correction TEXT NOT NULL,
        reason TEXT NOT NULL,
        amended_by TEXT NOT NULL,
        amended_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX amendment_by_conference ON amendment(conference_id, amended_at);
      CREATE TRIGGER amendment_only_when_finalised BEFORE INSERT ON amendment
        WHEN (SELECT status FROM conference WHERE id = NEW.conference_id) IS NOT 'finalised'
        BEGIN SELECT RAISE(ABORT, 'amendments are to finalised conferences'); END;
      CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment
        BEGIN SELECT RAISE(ABORT, 'amendment is append-only'); END;
      CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
        BEGIN SELECT RAISE(ABORT, 'amendment is append-only'); END;

      -- The conference itself: once finalised, its row cannot change or go.
      CREATE TRIGGER conference_finalised_update BEFORE UPDATE ON conference WHEN OLD.status = 'finalised'
        BEGIN ${REFUSE}; END;
      CREATE TRIGGER conference_finalised_delete BEFORE DELETE ON conference WHEN OLD.status = 'finalised'
        BEGIN ${REFUSE}; END;
      CREATE TRIGGER conference_finalised_insert BEFORE INSERT ON conference WHEN NEW.status = 'finalised'
        BEGIN SELECT RAISE(ABORT, 'A conference is finalised only by signing it off.'); END;
    `);
    for (const table of CONFERENCE_TABLES) {
      db.exec(lockTriggers(table, (row) => `SELECT status FROM conference WHERE id = ${row}.conference_id`));
    }
    for (const [table, key, parent] of INDIRECT_CONFERENCE_TABLES) {
      db.exec(
        lockTriggers(table, (row) => `SELECT c.status FROM conference c JOIN ${parent} p ON p.conference_id = c.id WHERE p.id = ${row}.${key}`),
      );
    }
  },
};
