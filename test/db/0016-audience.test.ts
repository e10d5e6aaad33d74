import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { listChildVoices, listContributionVersions, listExclusions, listRestrictedParts } from '../../db/capture/queries';
import { listAmendments, listDecisions, listDissents, listScales, listStatements } from '../../db/decision/queries';
import { runMigrations } from '../../db/migrations';
import { findPlan, listActions, listOutcomes } from '../../db/plan/queries';

const FOR_EVERYONE = { level: 'none' };
const JORDAN = '22222222-2222-4222-8222-222222222222';
const RUBY = '44444444-4444-4444-8444-444444444444';

/** A finalised conference with a row in every table that gains a marking, written before 0016. */
function seededBefore(finalised = true) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, undefined, 12);
  db.exec(`
    INSERT INTO family VALUES ('f1', 'now');
    INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, position, created_at, updated_at) VALUES ('${RUBY}', 'f1', 'Ruby', 'Price', '2016-11-02', 0, 'now', 'now');
    INSERT INTO family_member (id, family_id, kind, given_name, family_name, lives_in_household, position, created_at, updated_at)
      VALUES ('m1', 'f1', 'parent-or-carer', 'Danielle', 'Price', 1, 0, 'now', 'now'), ('${JORDAN}', 'f1', 'parent-or-carer', 'Jordan', 'Mills', 0, 1, 'now', 'now');
    INSERT INTO professional (id, name, role, agency, created_at, updated_at) VALUES ('p1', 'Tom Reeves', 'Social worker', 'childrens-social-care', 'now', 'now');
    INSERT INTO conference (id, family_id, type, status, scheduled_date, scheduled_time, trigger_date, created_at, updated_at)
      VALUES ('k1', 'f1', 'initial', 'draft', '2026-03-19', '10:00', '2026-03-02', 'now', 'now');
    INSERT INTO agenda_item (id, conference_id, position, kind, title, planned_minutes) VALUES ('a1', 'k1', 0, 'welcome', 'Welcome', 5);
    -- A marking in the shape stored before children could be named: no childIds, no sharedSummary.
    INSERT INTO contribution (id, conference_id, agenda_item_id, speaker, kind, text, spoken_at, restriction, version, created_at, updated_at, updated_by)
      VALUES ('x1', 'k1', 'a1', '{"kind":"chair"}', 'information', 'Kept from Jordan.', '10:05',
        '{"level":"not-for-named","reason":"risk","familyMemberIds":["${JORDAN}"]}', 1, 'now', 'now', 'minute-taker');
    INSERT INTO child_voice (id, conference_id, child_id, method, gathered_by, gathered_on, words, restriction, updated_at)
      VALUES ('v1', 'k1', '${RUBY}', 'direct-work', '', NULL, 'Ruby’s words.', '{"level":"not-for-family","reason":"third-party"}', 'now');
    INSERT INTO exclusion (id, conference_id, family_member_id, grounds, started_at, ended_at, views_presented_by, updated_at)
      VALUES ('e1', 'k1', '${JORDAN}', 'conflict-between-family-members', '10:30', '10:40', 'His advocate', 'now');
    INSERT INTO restricted_part (id, conference_id, reason, started_at, ended_at, who_left, shared_summary, updated_at)
      VALUES ('r1', 'k1', 'police-investigation', '10:55', '11:02', '["${JORDAN}"]', 'The police are looking into it.', 'now');
    INSERT INTO safety_statement (id, conference_id, kind, text, paired_danger_id, in_familys_words, whose_words, created_at, updated_at)
      VALUES ('s1', 'k1', 'danger', 'A worry.', NULL, 0, '', 'now', 'now');
    INSERT INTO safety_scale (id, conference_id, rater, danger_statement_id, score, reason, created_at, updated_at)
      VALUES ('sc1', 'k1', '{"kind":"child","childId":"${RUBY}"}', 's1', 5, 'Better.', 'now', 'now');
    INSERT INTO decision (id, conference_id, child_id, outcome, categories, category_justification, chair_reasons, agency_views, family_views, deferred_reason, created_at, updated_at)
      VALUES ('d1', 'k1', '${RUBY}', 'plan', '["emotional"]', '', 'Reasons.',
        '[{"professionalId":"p1","view":"plan","categories":[],"reason":"Worried."}]',
        '[{"familyMemberId":"m1","agreement":"agrees","view":"I agree."}]', '', 'now', 'now');
    INSERT INTO dissent (id, conference_id, child_id, professional_id, kind, about, grounds, raised_on, raised_at, escalated_to, outcome, created_at, updated_at)
      VALUES ('ds1', 'k1', '${RUBY}', 'p1', 'disagreement', 'category', 'Grounds.', '2026-03-19', '11:30', '', '', 'now', 'now');
    INSERT INTO plan (conference_id, visits, family_network, contingency, core_group, core_group_note, first_core_group_date, next_review_date, brought_forward_reason, updated_at)
      VALUES ('k1', '[]', '{"fgdm":"offered","fgdmDate":null,"coordinator":"","familyPlan":"Carol has Ruby on Saturdays.","fnspRequested":false,"fnspItems":[]}',
        'If things get worse.', '[]', '', NULL, NULL, '', 'now');
    INSERT INTO plan_outcome (id, conference_id, text, measure, child_ids, danger_statement_id, carried_from_id, progress, progress_note, position, created_at, updated_at)
      VALUES ('o1', 'k1', 'Ruby is safe.', '', '["${RUBY}"]', 's1', NULL, 'not-reviewed', '', 0, 'now', 'now');
    INSERT INTO plan_action (id, conference_id, outcome_id, what, owners, due_date, frequency, reports_to, carried_from_id, progress, progress_note, position, created_at, updated_at)
      VALUES ('ac1', 'k1', 'o1', 'Visit.', '[]', NULL, '', '', NULL, 'not-reviewed', '', 0, 'now', 'now');
  `);
  if (!finalised) return db;
  db.exec(`
    UPDATE conference SET status = 'finalised' WHERE id = 'k1';
    INSERT INTO amendment (id, conference_id, section, entity_id, original, correction, reason, amended_by, amended_at)
      VALUES ('am1', 'k1', 'decision', 'd1', '', 'Fixed.', 'Typo.', 'chair', 'now');
  `);
  return db;
}

/** Every new marking column: [table, column]. */
const MARKINGS = [
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
] as const;

describe('migration 0016: who may read each text', () => {
  it('reads everything written before as for everyone, and markings stored in the old shape as they were', () => {
    const db = seededBefore();
    runMigrations(db);
    for (const [table, column] of MARKINGS) expect(db.prepare(`SELECT DISTINCT ${column} FROM ${table}`).pluck().all(), `${table}.${column}`).toEqual(['{"level":"none"}']);

    expect(listStatements(db, 'k1').map((s) => s.restriction)).toEqual([FOR_EVERYONE]);
    expect(listScales(db, 'k1').map((s) => s.restriction)).toEqual([FOR_EVERYONE]);
    const [decision] = listDecisions(db, 'k1');
    expect(decision?.chairReasonsRestriction).toEqual(FOR_EVERYONE);
    expect(decision?.agencyViews.map((v) => v.restriction)).toEqual([FOR_EVERYONE]);
    expect(decision?.familyViews.map((v) => v.restriction)).toEqual([FOR_EVERYONE]);
    expect(listDissents(db, 'k1').map((d) => d.restriction)).toEqual([FOR_EVERYONE]);
    const plan = findPlan(db, 'k1');
    expect([plan?.contingencyRestriction, plan?.familyNetwork.familyPlanRestriction]).toEqual([FOR_EVERYONE, FOR_EVERYONE]);
    expect(plan?.familyNetwork.familyPlan).toBe('Carol has Ruby on Saturdays.');
    expect(listOutcomes(db, 'k1').map((o) => o.restriction)).toEqual([FOR_EVERYONE]);
    expect(listActions(db, 'k1').map((a) => a.restriction)).toEqual([FOR_EVERYONE]);
    expect(listAmendments(db, 'k1').map((a) => a.restriction)).toEqual([FOR_EVERYONE]);
    expect(listExclusions(db, 'k1').map((e) => e.restriction)).toEqual([FOR_EVERYONE]);
    expect(listRestrictedParts(db, 'k1').map((p) => p.summaryRestriction)).toEqual([FOR_EVERYONE]);

    expect(listContributionVersions(db, 'x1').map((v) => v.restriction)).toEqual([
      { level: 'not-for-named', reason: 'risk', familyMemberIds: [JORDAN], childIds: [], sharedSummary: '' },
    ]);
    expect(listChildVoices(db, 'k1').map((v) => v.restriction)).toEqual([{ level: 'not-for-family', reason: 'third-party', sharedSummary: '' }]);
  });

  it('a finalised conference’s markings cannot change, and an amendment’s marking is append-only', () => {
    const db = seededBefore();
    runMigrations(db);
    const shared = `'{"level":"not-for-family","reason":"risk","sharedSummary":""}'`;
    for (const [table, column] of MARKINGS) {
      expect(() => db.prepare(`UPDATE ${table} SET ${column} = ${shared}`).run(), `${table}.${column}`).toThrow(table === 'amendment' ? /append-only/ : /finalised/);
    }
    expect(() => db.prepare("UPDATE decision SET agency_views = '[]'").run()).toThrow(/finalised/);
  });

  it('a removal after the retention period still takes the finalised conference with its markings', () => {
    const db = seededBefore();
    runMigrations(db);
    db.transaction(() => {
      db.prepare("INSERT INTO retention_removal VALUES ('k1')").run();
      for (const table of ['amendment', 'plan_action', 'plan_outcome', 'plan', 'dissent', 'decision', 'safety_scale', 'safety_statement', 'restricted_part', 'exclusion', 'child_voice', 'contribution', 'agenda_item']) {
        db.prepare(`DELETE FROM ${table} WHERE conference_id = 'k1'`).run();
      }
      db.prepare("DELETE FROM conference WHERE id = 'k1'").run();
      db.prepare('DELETE FROM retention_removal').run();
    })();
    expect(db.prepare('SELECT COUNT(*) FROM conference').pluck().get()).toBe(0);
  });

  it('stores only readable markings with a known level', () => {
    const db = seededBefore(false);
    runMigrations(db);
    expect(() => db.prepare("UPDATE safety_statement SET restriction = 'not json'").run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE plan_action SET restriction = '{"level":"secret"}'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE plan SET contingency_restriction = NULL').run()).toThrow(/NOT NULL/);
    db.prepare(`UPDATE plan_outcome SET restriction = '{"level":"shared-only-with","reason":"child-asked","familyMemberIds":[],"childIds":["${RUBY}"],"sharedSummary":""}'`).run();
    expect(listOutcomes(db, 'k1')[0]?.restriction).toEqual({ level: 'shared-only-with', reason: 'child-asked', familyMemberIds: [], childIds: [RUBY], sharedSummary: '' });
  });
});
