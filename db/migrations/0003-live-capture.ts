import type { Migration } from './index';

/**
 * Live capture: contributions with their earlier versions, attendance on the day, exclusions,
 * the child's voice, restricted parts of the meeting, and the item the meeting is on. Restriction
 * is stored with each record (level, reason, and who it is kept from), so it travels with the data.
 */
export const migration0003LiveCapture: Migration = {
  version: 3,
  name: 'live-capture',
  up(db) {
    db.exec(`
      ALTER TABLE conference ADD COLUMN current_agenda_item_id TEXT;

      CREATE TABLE contribution (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id),
        speaker TEXT NOT NULL CHECK (json_valid(speaker)),
        kind TEXT NOT NULL CHECK (kind IN ('information', 'family-view', 'child-view', 'analysis', 'question')),
        text TEXT NOT NULL,
        spoken_at TEXT NOT NULL,
        restriction TEXT NOT NULL CHECK (json_valid(restriction)),
        restriction_level TEXT NOT NULL GENERATED ALWAYS AS (json_extract(restriction, '$.level')) VIRTUAL,
        report_id TEXT REFERENCES agency_report(id) ON DELETE SET NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contribution_by_conference ON contribution(conference_id, agenda_item_id, created_at);

      -- Every earlier version of a contribution: who changed it, when, and what it said before.
      CREATE TABLE contribution_version (
        contribution_id TEXT NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        restriction TEXT NOT NULL,
        edited_by TEXT NOT NULL,
        edited_at TEXT NOT NULL,
        PRIMARY KEY (contribution_id, version)
      ) STRICT;

      CREATE TABLE attendance (
        invitation_id TEXT PRIMARY KEY REFERENCES invitation(id) ON DELETE CASCADE,
        mode TEXT NOT NULL CHECK (mode IN ('in-person', 'online', 'did-not-attend')),
        arrived_at TEXT,
        left_at TEXT,
        parts TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exclusion (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        family_member_id TEXT NOT NULL REFERENCES family_member(id),
        grounds TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        views_presented_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE child_voice (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        child_id TEXT NOT NULL REFERENCES child(id),
        method TEXT NOT NULL,
        gathered_by TEXT NOT NULL,
        gathered_on TEXT,
        words TEXT NOT NULL,
        restriction TEXT NOT NULL CHECK (json_valid(restriction)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE restricted_part (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        who_left TEXT NOT NULL CHECK (json_valid(who_left)),
        shared_summary TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
