import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrations';
import { findPlan } from '../../db/plan/queries';
import { whereNamed } from '../../db/audience/markings';

const CHILD = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';
const AUNT = '6b6b6b6b-6b6b-4b6b-8b6b-6b6b6b6b6b6b';

/** A fictional family's plan written before 0023: a visit with no marking, a reason the review is brought forward. */
function seededBefore() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 17);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('${CHILD}', 'f1', 'Nia', 'Hollis', '2017-02-03', 0, 'now', 'now');
    INSERT INTO family_member (id, family_id, kind, given_name, family_name, lives_in_household, position, created_at, updated_at)
      VALUES ('${AUNT}', 'f1', 'family-network', 'Bea', 'Hollis', 0, 0, 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
    INSERT INTO plan (conference_id, visits, family_network, contingency, core_group, core_group_note, first_core_group_date, next_review_date, brought_forward_reason, updated_at)
      VALUES ('k1', '[{"childId":"${CHILD}","frequency":"Weekly","where":"At school","seenAlone":"Every visit"}]',
        '{"fgdm":"not-offered","fgdmDate":null,"coordinator":"","familyPlan":"","fnspRequested":false,"fnspItems":[]}',
        '', '[]', '', NULL, NULL, 'The family has moved.', 'now');
  `);
  return db;
}

describe('migration 0023: why the review is brought forward, and how each child is seen, are marked', () => {
  it('reads what was written before as for everyone', () => {
    const db = seededBefore();
    runMigrations(db);
    const plan = findPlan(db, 'k1');
    expect(plan?.broughtForwardReason).toBe('The family has moved.');
    expect(plan?.broughtForwardReasonRestriction).toEqual({ level: 'none' });
    expect(plan?.visits).toEqual([{ childId: CHILD, frequency: 'Weekly', where: 'At school', seenAlone: 'Every visit', restriction: { level: 'none' } }]);
  });

  it('stores only readable markings, locks them with the finalised conference, and finds who they name', () => {
    const db = seededBefore();
    runMigrations(db);
    expect(() => db.prepare("UPDATE plan SET brought_forward_reason_restriction = 'not json'").run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE plan SET brought_forward_reason_restriction = '{"level":"secret"}'`).run()).toThrow(/CHECK/);
    const notForAunt = `{"level":"not-for-named","reason":"risk","familyMemberIds":["${AUNT}"],"childIds":[],"sharedSummary":""}`;
    const onlyChild = `{"level":"shared-only-with","reason":"child-asked","familyMemberIds":[],"childIds":["${CHILD}"],"sharedSummary":""}`;
    db.prepare('UPDATE plan SET brought_forward_reason_restriction = ?, visits = json_set(visits, \'$[0].restriction\', json(?))').run(notForAunt, onlyChild);
    expect(whereNamed(db, 'f1', { kind: 'family-member', id: AUNT }).markings).toEqual({ 'brought-forward-reason': 1 });
    expect(whereNamed(db, 'f1', { kind: 'child', id: CHILD }).markings).toEqual({ visit: 1 });
    db.exec("UPDATE conference SET held_date = scheduled_date, held_time = scheduled_time WHERE id = 'k1'");
    db.exec("UPDATE conference SET status = 'finalised' WHERE id = 'k1'");
    expect(() => db.prepare(`UPDATE plan SET brought_forward_reason_restriction = '{"level":"none"}'`).run()).toThrow(/finalised/);
  });
});
