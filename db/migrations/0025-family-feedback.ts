import { FEEDBACK_HOW, FEEDBACK_RESPONDENTS, FEEDBACK_STATEMENTS } from '../../shared/feedback/questions';
import type { Migration } from './index';

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The family's feedback after a conference (issue 17). Kept apart from the record: no document
 * reads this table, and the sign-off lock does not cover it, because families answer after the
 * conference is finalised. An anonymous answer has no family member. Removed with its conference.
 */
export const migration0025FamilyFeedback: Migration = {
  version: 25,
  name: 'family-feedback',
  up(db) {
    const statements = FEEDBACK_STATEMENTS.map(({ key }) => `${key} INTEGER CHECK (${key} BETWEEN 1 AND 5),`).join('\n        ');
    db.exec(`
      CREATE TABLE family_feedback (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        given_on TEXT NOT NULL,
        respondent TEXT NOT NULL CHECK (respondent IN (${inList(FEEDBACK_RESPONDENTS)})),
        family_member_id TEXT REFERENCES family_member(id) ON DELETE SET NULL,
        how TEXT NOT NULL CHECK (how IN (${inList(FEEDBACK_HOW)})),
        ${statements}
        anything_else TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_feedback_by_conference ON family_feedback(conference_id);
    `);
  },
};
