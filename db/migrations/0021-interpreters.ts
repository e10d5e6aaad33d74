import type { Migration } from './index';
import { lockTriggersWithRemoval } from './0013-removal-by-conference';

/**
 * Interpreters where the meeting happens (issue 15, item 6). A family member's interpreter need
 * (language and dialect, kept since 0002) gains their preferences, such as "a woman, never a family
 * member"; each conference records, for each member who needs one, whether the interpreter is
 * booked and who, whether they were present, and the restricted parts they left the room for.
 * Like the rest of the record, it is locked once the conference is finalised.
 */
export const migration0021Interpreters: Migration = {
  version: 21,
  name: 'interpreters',
  up(db) {
    db.exec(`
      ALTER TABLE family_member ADD COLUMN interpreter_preferences TEXT NOT NULL DEFAULT '';
      CREATE TABLE interpreter (
        conference_id TEXT NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
        family_member_id TEXT NOT NULL REFERENCES family_member(id) ON DELETE CASCADE,
        booked INTEGER NOT NULL CHECK (booked IN (0, 1)),
        name TEXT NOT NULL,
        present INTEGER CHECK (present IN (0, 1)),
        left_for_parts TEXT NOT NULL CHECK (json_valid(left_for_parts)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (conference_id, family_member_id)
      ) STRICT;
    `);
    // Part of the record: locked with the conference once it is finalised, like attendance.
    db.exec(lockTriggersWithRemoval('interpreter', (row) => `${row}.conference_id`));
  },
};
