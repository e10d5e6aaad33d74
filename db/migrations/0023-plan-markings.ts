import type { Migration } from './index';
import { markingColumn } from './0016-audience';

/**
 * The plan's last texts that reached family copies unmarked (issue 13): why the review is brought
 * forward gets a marking column beside it, like the contingency's (0016), so SQL can find who it
 * names. How each child is seen is marked per child inside the plan's `visits` JSON, as views are
 * inside the decision's arrays: a visit stored before this version has none and is read as for
 * everyone, as it was then. ADD COLUMN keeps the plan's sign-off lock on the new column.
 */
export const migration0023PlanMarkings: Migration = {
  version: 23,
  name: 'plan-markings',
  up(db) {
    db.exec(`ALTER TABLE plan ADD COLUMN ${markingColumn('brought_forward_reason_restriction')}`);
  },
};
