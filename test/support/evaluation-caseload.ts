import Database from 'better-sqlite3-multiple-ciphers';
import { runMigrations } from '../../db/migrations';

/**
 * A hand-made caseload for the evaluation's figures: three invented families (Okafor, Lindqvist,
 * Bramley), never the example. Each fact is written down so the expected figures in
 * test/evaluation/figures.test.ts can be worked out by hand. England's bank holidays apply
 * (Good Friday 3 April and Easter Monday 6 April 2026).
 *
 * - A (Okafor, initial, chair X, team North): started 2 March 2026 (due 23 March), held 20 March.
 *   Two children; parents Ada (in person, needs a Yoruba interpreter, booked) and Ben (online);
 *   network member Cal (in person); a parent advocate (in person). Two reports: one shared 16 March
 *   (due by 17 March: in time), one 19 March (late). Views: Dami in writing, Efe came. Plans for
 *   both (neglect and emotional; neglect). A disagreement. FGDM held 10 March, FNSP requested.
 *   Decision letter sent 23 March (due 23 March); record and plan sent 20 April (due 14 April).
 *   Family documents: Ada's plan (500 words, reading age 10.5, target 11, 2 findings), Ben's
 *   letter (not measured), Dami's own copy (200 words, reading age 9.5, target 9, 1 finding, sent
 *   with its wording error and a reason); and a letter to the police (not a family document).
 *   One "ignore here" decision. Two feedback forms.
 * - B (Lindqvist, initial, chair Y, team South): started 2 March (due 23 March), held 30 March.
 *   One child, no plan (family help). Parents Gus (did not attend) and Hana (not recorded). One
 *   report not yet shared. A formal dissent. FGDM offered. Nothing sent yet.
 * - C (Bramley, review, chair X, team North): the conference before it 10 December 2025 (due
 *   10 March 2026), held 9 March. One child, plan continued (physical).
 * - D (Okafor, review, chair X, team North): booked for 15 April 2026, not held.
 * - E (Bramley, initial, chair X): held 1 June 2025, outside 2026.
 */
export function evaluationCaseload(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db);
  return fillEvaluationCaseload(db);
}

/** The same caseload written into a database already open (an application's, in tests of its calls). */
export function fillEvaluationCaseload(db: Database.Database): Database.Database {
  const insert = (table: string, row: Record<string, string | number | null>) => {
    const keys = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`).run(row);
  };
  const at = { created_at: '2026-01-01T09:00:00Z', updated_at: '2026-01-01T09:00:00Z' };
  let position = 0;
  const child = (id: string, family: string, given: string, familyName: string, cms: string) =>
    insert('child', { id, family_id: family, given_name: given, family_name: familyName, date_of_birth: '2015-05-05', position: position++, cms_person_id: cms, ...at });
  const member = (id: string, family: string, kind: string, given: string, language = '') =>
    insert('family_member', { id, family_id: family, kind, given_name: given, family_name: 'X', lives_in_household: 1, interpreter_language: language, position: position++, ...at });
  const professional = (id: string, agency: string) => insert('professional', { id, name: `Worker ${id}`, role: 'Worker', agency, ...at });
  const conference = (id: string, family: string, type: string, scheduled: string, trigger: string | null, held: string | null, chair: string, team: string) =>
    insert('conference', { id, family_id: family, type, scheduled_date: scheduled, scheduled_time: '10:00', trigger_date: trigger, held_date: held, held_time: held ? '10:00' : null, chair_id: chair, team, ...at });
  const invite = (id: string, conf: string, who: { member?: string; professional?: string }, mode: string | null) => {
    insert('invitation', { id, conference_id: conf, family_member_id: who.member ?? null, professional_id: who.professional ?? null, ...at });
    if (mode) insert('attendance', { invitation_id: id, mode, updated_at: at.updated_at });
  };
  const decision = (id: string, conf: string, childId: string, outcome: string, categories: string[], instead: string | null = null) =>
    insert('decision', {
      id, conference_id: conf, child_id: childId, outcome, instead, categories: JSON.stringify(categories), category_justification: '', chair_reasons: '',
      agency_views: '[]', family_views: '[]', deferred_reason: '', ...at,
    });
  const plan = (conf: string, network: Record<string, unknown>) =>
    insert('plan', {
      conference_id: conf, visits: '[]', family_network: JSON.stringify({ fgdm: 'not-offered', fgdmDate: null, coordinator: '', familyPlan: '', fnspRequested: false, fnspItems: [], ...network }),
      contingency: '', core_group: '[]', core_group_note: '', brought_forward_reason: '', updated_at: at.updated_at,
    });

  for (const f of ['okafor', 'lindqvist', 'bramley']) insert('family', { id: f, created_at: at.created_at });
  for (const [id, agency] of [['chair-x', 'childrens-social-care'], ['chair-y', 'childrens-social-care'], ['advocate', 'parent-advocacy'], ['police', 'police'], ['health', 'health-visiting'], ['school', 'school-or-early-years']] as const) professional(id, agency);
  child('dami', 'okafor', 'Dami', 'Okafor', 'P-1001');
  child('efe', 'okafor', 'Efe', 'Okafor', 'P-1002');
  child('freya', 'lindqvist', 'Freya', 'Lindqvist', 'P-2001');
  child('ivo', 'bramley', 'Ivo', 'Bramley', 'P-3001');
  member('ada', 'okafor', 'parent-or-carer', 'Ada', 'Yoruba');
  member('ben', 'okafor', 'parent-or-carer', 'Ben');
  member('cal', 'okafor', 'family-network', 'Cal');
  member('gus', 'lindqvist', 'parent-or-carer', 'Gus');
  member('hana', 'lindqvist', 'parent-or-carer', 'Hana');

  conference('A', 'okafor', 'initial', '2026-03-20', '2026-03-02', '2026-03-20', 'chair-x', 'North');
  conference('B', 'lindqvist', 'initial', '2026-03-30', '2026-03-02', '2026-03-30', 'chair-y', 'South');
  conference('C', 'bramley', 'review', '2026-03-09', '2025-12-10', '2026-03-09', 'chair-x', 'North');
  conference('D', 'okafor', 'review', '2026-04-15', '2026-03-20', null, 'chair-x', 'North');
  conference('E', 'bramley', 'initial', '2025-06-01', '2025-05-20', '2025-06-01', 'chair-x', '');

  invite('iA-ada', 'A', { member: 'ada' }, 'in-person');
  invite('iA-ben', 'A', { member: 'ben' }, 'online');
  invite('iA-cal', 'A', { member: 'cal' }, 'in-person');
  invite('iA-adv', 'A', { professional: 'advocate' }, 'in-person');
  invite('iA-pol', 'A', { professional: 'police' }, 'in-person');
  invite('iB-gus', 'B', { member: 'gus' }, 'did-not-attend');
  invite('iB-hana', 'B', { member: 'hana' }, null);
  insert('interpreter', { conference_id: 'A', family_member_id: 'ada', booked: 1, name: 'An interpreter', present: 1, left_for_parts: '[]', updated_at: at.updated_at });

  insert('agency_report', { id: 'rA1', conference_id: 'A', professional_id: 'police', shared_with_family: 'yes', shared_date: '2026-03-16', ...at });
  insert('agency_report', { id: 'rA2', conference_id: 'A', professional_id: 'health', shared_with_family: 'in-part', shared_date: '2026-03-19', ...at });
  insert('agency_report', { id: 'rB1', conference_id: 'B', professional_id: 'school', shared_with_family: 'not-yet', shared_date: null, ...at });

  const voice = (id: string, conf: string, childId: string, method: string) =>
    insert('child_voice', { id, conference_id: conf, child_id: childId, method, gathered_by: '', words: 'What I think', restriction: '{"level":"none"}', updated_at: at.updated_at });
  voice('vA1', 'A', 'dami', 'written');
  voice('vA2', 'A', 'efe', 'attended');

  decision('dA1', 'A', 'dami', 'plan', ['neglect', 'emotional']);
  decision('dA2', 'A', 'efe', 'plan', ['neglect']);
  decision('dB1', 'B', 'freya', 'no-plan', [], 'family-help-plan');
  decision('dC1', 'C', 'ivo', 'continue-plan', ['physical']);
  decision('dE1', 'E', 'ivo', 'plan', ['physical']);

  const dissent = (id: string, conf: string, childId: string, kind: string) =>
    insert('dissent', {
      id, conference_id: conf, child_id: childId, professional_id: 'police', kind, about: 'category', grounds: 'Reasons', raised_on: '2026-03-20', raised_at: '10:30',
      escalated_to: '', outcome: '', ...at,
    });
  dissent('xA', 'A', 'dami', 'disagreement');
  dissent('xB', 'B', 'freya', 'formal-dissent');

  plan('A', { fgdm: 'held', fgdmDate: '2026-03-10', fnspRequested: true });
  plan('B', { fgdm: 'offered' });

  insert('distribution_recipient', { id: 'dr-ada', conference_id: 'A', recipient: JSON.stringify({ kind: 'family-member', familyMemberId: 'ada' }), documents: '["decision-letter","full-record","plan"]', ...at });
  const sent = (document: string, on: string) => insert('distribution_sent', { conference_id: 'A', recipient_id: 'dr-ada', document, sent_on: on, recorded_at: at.created_at, recorded_by: 'Chair' });
  sent('decision-letter', '2026-03-23');
  sent('full-record', '2026-04-20');
  sent('plan', '2026-04-20');

  const made = (id: string, kind: string, recipient: string | null, measures: { words: number; age: number; target: number; findings: number; errors?: number; reason?: string } | null) =>
    insert('document_export', {
      id, conference_id: 'A', kind, print_size: 'standard', recipient_id: recipient, made_at: '2026-03-21T12:00:00Z', made_by: 'Chair',
      wording_errors: measures?.errors ?? 0, override_reason: measures?.reason ?? null,
      words: measures?.words ?? null, reading_age: measures?.age ?? null, reading_age_target: measures?.target ?? null, wording_findings: measures?.findings ?? null,
    });
  made('eA1', 'family-plan', 'ada', { words: 500, age: 10.5, target: 11, findings: 2 });
  made('eA2', 'letter', 'ben', null);
  made('eA3', 'child-plan', 'dami', { words: 200, age: 9.5, target: 9, findings: 1, errors: 1, reason: 'The family asked for these words' });
  made('eA4', 'letter', 'police', null);

  insert('language_ignore', {
    id: 'lA', conference_id: 'A', record_kind: 'decision', record_id: 'dA1', field: 'chair_reasons', rule_id: 'jargon', flagged_text: 'x', reason: 'The family uses this word',
    decided_by: 'Chair', decided_at: at.created_at,
  });
  insert('family_feedback', { id: 'fb1', conference_id: 'A', given_on: '2026-03-20', respondent: 'parent-or-carer', how: 'on-the-laptop', knew_why: 5, listened_to: 4, anything_else: 'Thank you', recorded_at: at.created_at });
  insert('family_feedback', { id: 'fb2', conference_id: 'A', given_on: '2026-03-20', respondent: 'young-person', how: 'from-paper', knew_why: 3, recorded_at: at.created_at });
  return db;
}
