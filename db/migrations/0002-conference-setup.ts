import type { Migration } from './index';

/**
 * Setting up a conference: each child's details (and an unborn baby's birth recorded later without
 * losing its expected date), the adults and the family network with their relationship to each
 * child, reusable professionals, the conference's own details, invitations, agency reports, the
 * agenda, and the authority's settings and extra bank holidays.
 */
export const migration0002ConferenceSetup: Migration = {
  version: 2,
  name: 'conference-setup',
  up(db) {
    db.exec(`
      -- The child table is rebuilt: a born child may keep the expected date it had before birth.
      CREATE TABLE child_new (
        id TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL,
        date_of_birth TEXT,
        expected_delivery_date TEXT,
        gender TEXT NOT NULL DEFAULT '',
        ethnicity TEXT NOT NULL DEFAULT '',
        first_language TEXT NOT NULL DEFAULT '',
        communication_needs TEXT NOT NULL DEFAULT '',
        school_or_setting TEXT NOT NULL DEFAULT '',
        interpreter_language TEXT NOT NULL DEFAULT '',
        interpreter_dialect TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (date_of_birth IS NOT NULL OR expected_delivery_date IS NOT NULL)
      ) STRICT;
      INSERT INTO child_new (id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, position, created_at, updated_at)
        SELECT id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, position, created_at, created_at FROM child;
      DROP TABLE child;
      ALTER TABLE child_new RENAME TO child;
      CREATE INDEX child_by_family ON child(family_id, position);

      -- Parents, carers and the wider family network and friends.
      CREATE TABLE family_member (
        id TEXT PRIMARY KEY,
        family_id TEXT NOT NULL REFERENCES family(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('parent-or-carer', 'family-network', 'friend')),
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL,
        lives_in_household INTEGER NOT NULL CHECK (lives_in_household IN (0, 1)),
        first_language TEXT NOT NULL DEFAULT '',
        interpreter_language TEXT NOT NULL DEFAULT '',
        interpreter_dialect TEXT NOT NULL DEFAULT '',
        communication_needs TEXT NOT NULL DEFAULT '',
        contact_details TEXT NOT NULL DEFAULT '',
        contact_details_confidential INTEGER NOT NULL DEFAULT 0 CHECK (contact_details_confidential IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_member_by_family ON family_member(family_id, position);

      CREATE TABLE relationship (
        family_member_id TEXT NOT NULL REFERENCES family_member(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        relationship TEXT NOT NULL,
        parental_responsibility INTEGER NOT NULL CHECK (parental_responsibility IN (0, 1)),
        PRIMARY KEY (family_member_id, child_id)
      ) STRICT;
      CREATE INDEX relationship_by_child ON relationship(child_id);

      -- Professionals are reused across conferences.
      CREATE TABLE professional (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        agency TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX professional_by_name ON professional(name COLLATE NOCASE);

      ALTER TABLE conference ADD COLUMN trigger_date TEXT;
      ALTER TABLE conference ADD COLUMN mode TEXT NOT NULL DEFAULT 'in-person' CHECK (mode IN ('in-person', 'online', 'hybrid'));
      ALTER TABLE conference ADD COLUMN venue TEXT NOT NULL DEFAULT '';
      ALTER TABLE conference ADD COLUMN chair_id TEXT REFERENCES professional(id);
      ALTER TABLE conference ADD COLUMN chair_role_label TEXT NOT NULL DEFAULT 'LCPP';
      ALTER TABLE conference ADD COLUMN chair_in_strategy_discussion INTEGER CHECK (chair_in_strategy_discussion IN (0, 1));
      ALTER TABLE conference ADD COLUMN chair_in_section_47_enquiry INTEGER CHECK (chair_in_section_47_enquiry IN (0, 1));
      ALTER TABLE conference ADD COLUMN chair_declaration TEXT NOT NULL DEFAULT '';
      ALTER TABLE conference ADD COLUMN lead_practitioner_id TEXT REFERENCES professional(id);
      ALTER TABLE conference ADD COLUMN minute_taker_id TEXT REFERENCES professional(id);
      ALTER TABLE conference ADD COLUMN delay_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE conference ADD COLUMN inquorate_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE conference ADD COLUMN previous_conference_id TEXT REFERENCES conference(id);

      -- Who is invited, and their answer. Exactly one of the invitee columns is set.
      CREATE TABLE invitation (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        professional_id TEXT REFERENCES professional(id),
        family_member_id TEXT REFERENCES family_member(id) ON DELETE CASCADE,
        response TEXT NOT NULL DEFAULT 'awaiting'
          CHECK (response IN ('awaiting', 'attending-in-person', 'attending-online', 'apologies', 'report-only')),
        direct_contact INTEGER NOT NULL DEFAULT 1 CHECK (direct_contact IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((professional_id IS NULL) <> (family_member_id IS NULL)),
        UNIQUE (conference_id, professional_id),
        UNIQUE (conference_id, family_member_id)
      ) STRICT;
      CREATE INDEX invitation_by_conference ON invitation(conference_id);

      CREATE TABLE agency_report (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        professional_id TEXT NOT NULL REFERENCES professional(id),
        received_date TEXT,
        shared_with_family TEXT NOT NULL DEFAULT 'not-yet' CHECK (shared_with_family IN ('not-yet', 'yes', 'in-part', 'no')),
        shared_date TEXT,
        not_shared_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (conference_id, professional_id)
      ) STRICT;

      CREATE TABLE agenda_item (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 600)
      ) STRICT;
      CREATE INDEX agenda_item_by_conference ON agenda_item(conference_id, position);

      -- The authority's own agenda templates, per conference type, replacing the built-in default.
      CREATE TABLE agenda_template_item (
        conference_type TEXT NOT NULL,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 600),
        PRIMARY KEY (conference_type, position)
      ) STRICT;

      -- The authority's settings, one validated JSON document (see shared/authority).
      CREATE TABLE authority_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        updated_at TEXT NOT NULL
      ) STRICT;

    `);
  },
};
