import type { Migration } from './index';

/**
 * Every word has an audience (issue 13): a marking of who may read it (shared/audience) on every
 * free text that can reach anyone in the family, stored beside the text as JSON, like the
 * contributions' and the child's voice's markings (0003). What was written before this version was
 * for everyone, as the default says.
 *
 * The agency and family views live inside the decision's JSON arrays, so their markings live
 * there too, each view with its own (a view stored before this version has none, and is read as
 * for everyone). The family network's own plan lives in the plan's JSON, but its marking gets a
 * column, like every other marking, so SQL can find who a marking names.
 *
 * ADD COLUMN keeps each table's triggers, so the sign-off lock (0004, with 0008's exception for a
 * removal) covers the markings as it covers the text: a finalised conference's markings cannot
 * change, and an amendment's marking is as append-only as the amendment.
 */
const MARKINGS: readonly (readonly [table: string, column: string])[] = [
  ['safety_statement', 'restriction'],
  ['safety_scale', 'restriction'],
  ['decision', 'chair_reasons_restriction'],
  ['dissent', 'restriction'],
  ['plan', 'contingency_restriction'],
  ['plan', 'family_plan_restriction'],
  ['plan_outcome', 'restriction'],
  ['plan_action', 'restriction'],
  ['amendment', 'restriction'],
  ['exclusion', 'restriction'],
  ['restricted_part', 'summary_restriction'],
];

const LEVELS = `('none', 'not-for-family', 'not-for-named', 'shared-only-with')`;

export function markingColumn(column: string): string {
  return `${column} TEXT NOT NULL DEFAULT '{"level":"none"}' CHECK (json_valid(${column}) AND json_extract(${column}, '$.level') IN ${LEVELS})`;
}

export const migration0016Audience: Migration = {
  version: 16,
  name: 'audience',
  up(db) {
    for (const [table, column] of MARKINGS) db.exec(`ALTER TABLE ${table} ADD COLUMN ${markingColumn(column)}`);
  },
};
