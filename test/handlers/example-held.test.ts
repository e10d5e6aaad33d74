import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capture } from '../../shared/capture/schema';
import type { ConferenceDetail } from '../../shared/conference/details';
import type { DecisionRecord } from '../../shared/decision/record';
import {
  EXAMPLE_BROUGHT_FORWARD_REASON,
  EXAMPLE_CONTRIBUTIONS,
  EXAMPLE_NEIGHBOUR_STATEMENT_TEXT,
  EXAMPLE_NOT_FOR_JORDAN_TEXT,
  EXAMPLE_OUTCOMES,
  EXAMPLE_POLICE_INVESTIGATION_TEXT,
  EXAMPLE_POLICE_SUMMARY_FOR_FAMILY,
  EXAMPLE_RESTRICTED_TEXTS,
  EXAMPLE_STATEMENTS,
} from '../../shared/example/price-mills-meeting';
import { createChecker, NATIONAL_PACK, type Audience } from '../../shared/language';
import { conferenceNames } from '../../shared/language-settings/names';
import { startTestApplication } from '../support/app';
import { ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
let held: ConferenceDetail;
let capture: Capture;
let record: DecisionRecord;
beforeAll(async () => {
  app = startTestApplication();
  held = await ok(app, 'loadExampleConference', { stage: 'held' });
  capture = await ok(app, 'getCapture', { conferenceId: held.id });
  record = await ok(app, 'getDecisionRecord', { conferenceId: held.id });
});
afterAll(() => app.dispose());

const byText = (text: string) => capture.contributions.find((c) => c.text === text);
const personId = (name: string) =>
  held.familyMembers.find((m) => m.displayName === name)?.id ??
  held.invitations.flatMap((i) => (i.invitee.kind === 'professional' && i.invitee.name === name ? [i.invitee.professionalId] : []))[0];
const childId = (given: string) => held.children.find((c) => (given === 'unborn' ? c.isUnborn : c.givenName === given))?.id;

describe('loading the example conference', () => {
  it('sets it up only, by default and when asked, as before', async () => {
    for (const input of [{}, { stage: 'set-up' }]) {
      const example = await ok(app, 'loadExampleConference', input);
      expect((await ok(app, 'getCapture', { conferenceId: example.id })).contributions).toEqual([]);
      expect((await ok(app, 'getDecisionRecord', { conferenceId: example.id })).decisions).toEqual([]);
    }
  });

  it('refuses a stage it does not know, or anything else in the input', async () => {
    expect((await refused(app, 'loadExampleConference', { stage: 'closed' })).kind).toBe('validation');
    expect((await refused(app, 'loadExampleConference', { stage: 'held', extra: true })).kind).toBe('validation');
  });

  it('can load it held and finalised by the chair', async () => {
    const finalised = await ok(app, 'loadExampleConference', { stage: 'finalised' });
    expect(finalised.status).toBe('finalised');
    expect((await ok(app, 'getDecisionRecord', { conferenceId: finalised.id })).finalisedAt).not.toBeNull();
  });
});

describe('the held example conference', () => {
  it('is held, not finalised', () => {
    expect(held.status).not.toBe('finalised');
    expect(record.finalisedAt).toBeNull();
  });

  it('records who came and how: the parents apart, the apologies from Lucy Tran and Dr Malik', () => {
    const mode = (name: string) => capture.attendance.find((a) => held.invitations.find((i) => i.id === a.invitationId)?.invitee.name === name)?.mode;
    expect(capture.attendance).toHaveLength(held.invitations.length);
    expect(mode('Danielle Price')).toBe('in-person');
    expect(mode('Jordan Mills')).toBe('online');
    expect(mode('Carol Price')).toBe('in-person');
    expect(mode('DC Hannah Cole')).toBe('in-person');
    for (const name of ['Lucy Tran', 'Dr S. Malik']) {
      const attendance = capture.attendance.find((a) => held.invitations.find((i) => i.id === a.invitationId)?.invitee.name === name);
      expect(attendance, name).toMatchObject({ mode: 'did-not-attend', parts: 'Apologies; sent a report' });
    }
    expect(capture.exclusions.map((e) => [e.familyMemberName, e.grounds, e.startedAt, e.endedAt])).toEqual([
      ['Jordan Mills', 'conflict-between-family-members', '10:00', '11:15'],
      ['Jordan Mills', 'conflict-between-family-members', '11:40', '12:30'],
    ]);
  });

  it('keeps every contribution, with Ruby’s Three Houses and Leo’s day as the children’s voices', () => {
    expect(capture.contributions).toHaveLength(EXAMPLE_CONTRIBUTIONS.length);
    expect(capture.contributions.filter((c) => c.kind === 'family-view').map((c) => c.speakerName)).toEqual(
      expect.arrayContaining(['Danielle Price', 'Jordan Mills', 'Carol Price']),
    );
    expect(capture.contributions.filter((c) => c.kind === 'child-view')).toHaveLength(2);
    expect(capture.childVoices.map((v) => [v.childId, v.method])).toEqual([
      [childId('Ruby'), 'three-houses'],
      [childId('Leo'), 'via-practitioner'],
    ]);
    for (const speaker of ['DC Hannah Cole', 'Grace Morgan', 'Ian Foster', 'Nadia Rahman', 'Tom Reeves']) {
      expect(capture.contributions.some((c) => c.speakerName === speaker && c.kind === 'information'), speaker).toBe(true);
    }
  });

  it('marks the restricted information with its level and reason, and the summary for the parents is not restricted', () => {
    expect(byText(EXAMPLE_POLICE_INVESTIGATION_TEXT)?.restriction).toEqual({ level: 'not-for-family', reason: 'police-investigation', sharedSummary: '' });
    expect(byText(EXAMPLE_NEIGHBOUR_STATEMENT_TEXT)?.restriction).toEqual({ level: 'not-for-family', reason: 'third-party', sharedSummary: '' });
    expect(byText(EXAMPLE_NOT_FOR_JORDAN_TEXT)?.restriction).toEqual({
      level: 'not-for-named',
      reason: 'risk',
      familyMemberIds: [personId('Jordan Mills')],
      childIds: [],
      sharedSummary: '',
    });
    expect(byText(EXAMPLE_POLICE_SUMMARY_FOR_FAMILY)?.restriction).toEqual({ level: 'none' });
    const restricted = capture.contributions.filter((c) => c.restriction.level !== 'none').map((c) => c.text);
    expect(restricted.sort()).toEqual([...EXAMPLE_RESTRICTED_TEXTS].sort());
    expect(capture.restrictedParts.map((p) => [p.reason, p.startedAt, p.endedAt, p.whoLeft])).toEqual([
      ['police-investigation', '10:55', '11:02', ['Danielle Price', 'Jordan Mills', 'Carol Price']],
      ['third-party', '11:02', '11:06', ['Danielle Price', 'Jordan Mills', 'Carol Price']],
    ]);
    expect(capture.restrictedParts[0]?.sharedSummary).toBe(EXAMPLE_POLICE_SUMMARY_FOR_FAMILY);
  });

  it('has the analysis: two danger statements with their safety goals, and everyone’s scale', () => {
    expect(record.statements).toHaveLength(EXAMPLE_STATEMENTS.length);
    const dangers = record.statements.filter((s) => s.kind === 'danger');
    expect(dangers).toHaveLength(2);
    expect(record.statements.filter((s) => s.kind === 'safety-goal').map((s) => s.pairedDangerId)).toEqual(dangers.map((d) => d.id));
    expect(Object.fromEntries(record.scales.map((s) => [s.raterName, s.score]))).toEqual({
      'Tom Reeves': 3,
      'DC Hannah Cole': 2,
      'Grace Morgan': 4,
      'Ian Foster': 4,
      'Nadia Rahman': 3,
      'Danielle Price': 6,
      'Jordan Mills': 7,
      'Carol Price': 5,
      'Ruby Price': 5,
    });
  });

  it('has the three decisions of the case, the police disagreement and both parents’ views', () => {
    const decision = (given: string) => record.decisions.find((d) => d.childId === childId(given));
    expect(record.decisions).toHaveLength(3);
    expect(decision('Ruby')).toMatchObject({ testMet: true, limb: 'b', outcome: 'plan', categories: ['emotional'], latestCensusCode: 'EMO', initialCensusCode: 'EMO' });
    expect(decision('Leo')).toMatchObject({ testMet: true, limb: 'a', outcome: 'plan', categories: ['emotional'] });
    expect(decision('Leo')?.agencyViews.find((v) => v.professionalId === personId('DC Hannah Cole'))?.categories).toEqual(['physical']);
    expect(decision('unborn')).toMatchObject({ testMet: null, outcome: 'deferred', deferredTo: '2026-06-04', categories: [] });
    expect(record.dissents.map((d) => [d.childId, d.professionalName, d.kind, d.about])).toEqual([[childId('Leo'), 'DC Hannah Cole', 'disagreement', 'category']]);
    for (const d of record.decisions) {
      expect(d.familyViews.map((v) => [v.familyMemberId, v.agreement])).toEqual([
        [personId('Danielle Price'), 'partly'],
        [personId('Jordan Mills'), 'disagrees'],
      ]);
    }
  });

  it('has the plan: outcomes and actions with who and by when, the core group, and the review brought forward', () => {
    expect(record.outcomes).toHaveLength(EXAMPLE_OUTCOMES.length);
    expect(record.actions).toHaveLength(EXAMPLE_OUTCOMES.flatMap((o) => o.actions).length);
    for (const action of record.actions) {
      expect(action.owners.length, action.what).toBeGreaterThan(0);
      expect(action.dueDate, action.what).not.toBeNull();
    }
    const jordanAlcohol = record.actions.find((a) => a.dueDate === '2026-04-09');
    expect(jordanAlcohol?.ownerNames).toEqual(['Jordan Mills', 'Northmere Alcohol Service']);
    expect(record.plan).toMatchObject({
      firstCoreGroupDate: '2026-04-01',
      nextReviewDate: '2026-06-04',
      proposedNextReviewDate: '2026-06-19',
      broughtForwardReason: EXAMPLE_BROUGHT_FORWARD_REASON,
    });
    expect(record.plan.coreGroup).toHaveLength(9);
    expect(record.plan.familyNetwork.fnspItems.map((i) => i.amount)).toEqual(['£320', '£60 a month']);
    expect(record.plan.contingency).toContain('Tom will meet the police that same day');
    const recipients = record.distribution.recipients;
    expect(recipients.filter((r) => r.isFamily).every((r) => !r.documents.includes('full-record'))).toBe(true);
    expect(recipients.map((r) => r.name)).toEqual(expect.arrayContaining(['Danielle Price', 'Jordan Mills', 'Aaron Whitfield', 'Tom Reeves', 'Dr S. Malik']));
  });

  it('passes every readiness check, so the chair could finalise it', () => {
    expect(record.readiness).toEqual([]);
  });

  it('leaves no error-level language findings open, in the professionals’ texts or the family’s', async () => {
    const summary = await ok(app, 'getLanguageSummary', { conferenceId: held.id });
    expect(summary.textsChecked).toBeGreaterThan(EXAMPLE_CONTRIBUTIONS.length);
    expect(summary.open.error).toBe(0);
    expect(summary.familyFacingErrors).toBe(0);

    // Texts the summary does not check, written by professionals, checked the same way.
    const { names, places } = conferenceNames(held);
    const checkers = new Map<Audience, ReturnType<typeof createChecker>>();
    const check = (audience: Audience, text: string) => {
      const checker = checkers.get(audience) ?? createChecker({ audience, pack: NATIONAL_PACK, names, places });
      checkers.set(audience, checker);
      return checker.check(text).filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: “${f.text}” in “${text}”`);
    };
    const professional = [
      ...capture.exclusions.map((e) => e.viewsPresentedBy),
      ...record.scales.filter((s) => s.rater.kind === 'professional').map((s) => s.reason),
      ...record.decisions.flatMap((d) => d.agencyViews.map((v) => v.reason)),
      record.plan.coreGroupNote,
      ...record.dissents.map((d) => d.outcome),
    ];
    const family = [...capture.restrictedParts.map((p) => p.sharedSummary), ...record.plan.familyNetwork.fnspItems.map((i) => i.description)];
    const errors = [...professional.flatMap((t) => check('professional', t)), ...family.flatMap((t) => check('family', t))];
    expect(errors).toEqual([]);
  });
});
