import type { Migration } from './index';

/**
 * How conferences are going (issue 17): the facts the evaluation needs that nothing held before.
 *
 * - Each child's person id in the authority's case-management system, so the Standard
 *   Safeguarding Dataset's tables (docs/evaluation.md) can be loaded against the child's record.
 * - The authority team a conference belongs to, to compare teams.
 * - For the family's documents and a child's own copy, how they read when they were made: words,
 *   reading age and its target, and every wording finding left in (errors and warnings), so the
 *   plain-language figures are counted, not worked out again from text that may have changed.
 *   ADD COLUMN keeps document_export's never-changed trigger.
 * - The evaluation files imported from other chairs' laptops: aggregate counts only, once each
 *   (by their digest), so one copy can show the authority's whole picture.
 * - Indexes for the figures' joins over a whole caseload.
 */
export const migration0029Evaluation: Migration = {
  version: 29,
  name: 'evaluation',
  up(db) {
    db.exec(`
      ALTER TABLE child ADD COLUMN cms_person_id TEXT NOT NULL DEFAULT '' CHECK (length(cms_person_id) <= 48);
      ALTER TABLE conference ADD COLUMN team TEXT NOT NULL DEFAULT '' CHECK (length(team) <= 80);

      ALTER TABLE document_export ADD COLUMN words INTEGER CHECK (words IS NULL OR words >= 0);
      ALTER TABLE document_export ADD COLUMN reading_age REAL;
      ALTER TABLE document_export ADD COLUMN reading_age_target INTEGER;
      ALTER TABLE document_export ADD COLUMN wording_findings INTEGER CHECK (wording_findings IS NULL OR wording_findings >= 0);

      CREATE TABLE evaluation_import (
        digest TEXT PRIMARY KEY CHECK (length(digest) = 64),
        figures TEXT NOT NULL CHECK (json_valid(figures)),
        imported_at TEXT NOT NULL
      ) STRICT;

      -- Every column the figures select conferences by, so choosing them reads this narrow index,
      -- not the conference rows with their long texts (db/evaluation/figures.ts).
      CREATE INDEX conference_for_evaluation ON conference(team, chair_id, type, status, held_date, scheduled_date, family_id, id);
      CREATE INDEX child_voice_by_conference ON child_voice(conference_id, child_id);
      CREATE INDEX decision_by_conference ON decision(conference_id);
      CREATE INDEX agency_report_by_conference ON agency_report(conference_id, shared_with_family, shared_date);
      CREATE INDEX interpreter_by_member ON interpreter(family_member_id);
      -- The family's invitations alone, read in one pass for the family in the room (db/evaluation/figures.ts).
      CREATE INDEX invitation_of_family ON invitation(family_member_id, conference_id, id) WHERE family_member_id IS NOT NULL;
    `);
  },
};
