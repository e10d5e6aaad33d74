import type { Migration } from './index';

/**
 * A conference's restricted parts and exclusions, found by conference: the family-safe search and
 * every screen of the minutes ask for them one conference at a time, and without an index each
 * question read both tables whole.
 */
export const migration0024ClosedPartsByConference: Migration = {
  version: 24,
  name: 'closed-parts-by-conference',
  up(db) {
    db.exec(`
      CREATE INDEX restricted_part_by_conference ON restricted_part(conference_id);
      CREATE INDEX exclusion_by_conference ON exclusion(conference_id);
    `);
  },
};
