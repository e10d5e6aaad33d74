import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, finaliseHeld, ok, refused } from '../support/calls';
import { examplePeople, recordExampleDecisions, recordExamplePlan } from '../decision/example';

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
let people: ReturnType<typeof examplePeople>;
beforeEach(async () => {
  app = startTestApplication();
  example = await ok(app, 'loadExampleConference', {});
  people = examplePeople(example);
});
afterEach(() => app.dispose());

const danger = () => ({
  conferenceId: example.id,
  id: randomUUID(),
  kind: 'danger',
  text: 'Children’s services, police and school are worried that if Jordan drinks and there is another fight at home, Ruby and Leo could be hurt again.',
});

describe('analysis', () => {
  it('pairs each safety goal with a danger statement, and keeps whose words a statement is in', async () => {
    const worry = danger();
    await ok(app, 'saveStatement', worry);
    const goal = { conferenceId: example.id, id: randomUUID(), kind: 'safety-goal', text: 'Ruby and Leo live in a home where adults do not hurt each other.', pairedDangerId: worry.id };
    await ok(app, 'saveStatement', goal);
    const record = await ok(app, 'saveStatement', {
      conferenceId: example.id,
      id: randomUUID(),
      kind: 'strength',
      text: 'I called the police myself.',
      inFamilysWords: true,
      whoseWords: 'Danielle',
    });
    expect(record.practiceModel).toBe('signs-of-safety');
    expect(record.statements.map((s) => [s.kind, s.pairedDangerId, s.whoseWords])).toEqual([
      ['danger', null, ''],
      ['safety-goal', worry.id, ''],
      ['strength', null, 'Danielle'],
    ]);
  });

  it('refuses a safety goal without a danger statement, or paired with a strength, and family words without a name', async () => {
    const strength = { conferenceId: example.id, id: randomUUID(), kind: 'strength', text: 'Carol helps every week.' };
    await ok(app, 'saveStatement', strength);
    const before = databaseSnapshot(app);
    expect((await refused(app, 'saveStatement', { conferenceId: example.id, id: randomUUID(), kind: 'safety-goal', text: 'Safe.' })).fields).toHaveProperty('pairedDangerId');
    expect((await refused(app, 'saveStatement', { conferenceId: example.id, id: randomUUID(), kind: 'safety-goal', text: 'Safe.', pairedDangerId: strength.id })).fields).toHaveProperty('pairedDangerId');
    expect((await refused(app, 'saveStatement', { ...strength, id: randomUUID(), inFamilysWords: true })).fields).toHaveProperty('whoseWords');
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('keeps a danger statement while a goal or scale answers it', async () => {
    const worry = danger();
    await ok(app, 'saveStatement', worry);
    await ok(app, 'saveStatement', { conferenceId: example.id, id: randomUUID(), kind: 'safety-goal', text: 'Safe.', pairedDangerId: worry.id });
    expect((await refused(app, 'removeStatement', { conferenceId: example.id, id: worry.id })).kind).toBe('conflict');
    expect((await refused(app, 'saveStatement', { ...worry, kind: 'harm' })).fields).toHaveProperty('kind');
  });

  it('records a 0–10 scale from each professional, parent and the child, with their reason', async () => {
    const worry = danger();
    await ok(app, 'saveStatement', worry);
    await ok(app, 'saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'professional', professionalId: people.professional('Tom Reeves') }, score: 3 });
    await ok(app, 'saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'family-member', familyMemberId: people.member('Danielle Price') }, score: 6, dangerStatementId: worry.id });
    const record = await ok(app, 'saveScale', {
      conferenceId: example.id,
      id: randomUUID(),
      rater: { kind: 'child', childId: people.child('Ruby') },
      score: 5,
      reason: 'Better since Jordan went to Uncle Sam’s.',
    });
    expect(record.scales.map((s) => [s.raterName, s.score, s.reason])).toEqual([
      ['Tom Reeves', 3, ''],
      ['Danielle Price', 6, ''],
      ['Ruby Price', 5, 'Better since Jordan went to Uncle Sam’s.'],
    ]);
    expect((await refused(app, 'saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'child', childId: people.child('Ruby') }, score: 11 })).fields).toHaveProperty('score');
    expect((await refused(app, 'saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'child', childId: randomUUID() }, score: 4 })).fields).toHaveProperty('rater');
    const scale = record.scales[0];
    const after = await ok(app, 'removeScale', { conferenceId: example.id, id: scale?.id });
    expect(after.scales).toHaveLength(2);
  });
});

describe('decisions', () => {
  it('records the example decisions: Ruby and Leo on plans for emotional abuse, the unborn baby deferred, the police disagreement', async () => {
    const record = await recordExampleDecisions(app, example);
    const leo = record.decisions.find((d) => d.childId === people.child('Leo'));
    expect(leo).toMatchObject({ testMet: true, limb: 'a', outcome: 'plan', categories: ['emotional'], initialCategories: ['emotional'], initialCensusCode: 'EMO', latestCensusCode: 'EMO' });
    expect(leo?.agencyViews.find((v) => v.professionalId === people.professional('DC Hannah Cole'))?.categories).toEqual(['physical']);
    expect(record.decisions.find((d) => d.childId === people.child('unborn'))).toMatchObject({ outcome: 'deferred', deferredTo: '2026-06-04' });
    expect(record.dissents).toEqual([expect.objectContaining({ kind: 'disagreement', about: 'category', professionalName: 'DC Hannah Cole', agency: 'Police', withinWindow: true })]);
    expect(record.dissentWindowEnds).toEqual({ date: '2026-03-22', time: '10:00' });
  });

  it('refuses a plan without the test met, a limb or a category, and more than one category without a reason', async () => {
    const base = { conferenceId: example.id, childId: people.child('Ruby') };
    const before = databaseSnapshot(app);
    const fields = async (decision: Record<string, unknown>) => (await refused(app, 'saveDecision', { ...base, decision: { chairReasons: 'Reasons.', ...decision } })).fields ?? {};
    expect(await fields({ outcome: 'plan', testMet: false, categories: ['emotional'] })).toHaveProperty(['decision.testMet']);
    expect(await fields({ outcome: 'plan', testMet: true, categories: ['emotional'] })).toHaveProperty(['decision.limb']);
    expect(await fields({ outcome: 'plan', testMet: true, limb: 'a' })).toHaveProperty(['decision.categories']);
    expect(await fields({ outcome: 'plan', testMet: true, limb: 'a', categories: ['emotional', 'neglect'] })).toHaveProperty(['decision.categoryJustification']);
    expect(await fields({ outcome: 'no-plan', testMet: false })).toHaveProperty(['decision.instead']);
    expect(await fields({ outcome: 'deferred', deferredTo: '2026-06-04', deferredReason: 'Wait.' })).toHaveProperty(['decision.outcome']);
    expect(await fields({ outcome: 'continue-plan', testMet: true, limb: 'a', categories: ['emotional'] })).toHaveProperty(['decision.outcome']);
    expect((await refused(app, 'saveDecision', { ...base, decision: { outcome: 'plan', testMet: true, limb: 'a', categories: ['emotional'] } })).fields).toHaveProperty(['decision.chairReasons']);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('accepts more than one category with a reason, exported as MUL; no plan says what happens instead', async () => {
    const record = await ok(app, 'saveDecision', {
      conferenceId: example.id,
      childId: people.child('Ruby'),
      decision: { outcome: 'plan', testMet: true, limb: 'a', categories: ['emotional', 'neglect'], categoryJustification: 'Both are primary concerns.', chairReasons: 'Reasons.' },
    });
    expect(record.decisions[0]).toMatchObject({ latestCensusCode: 'MUL', initialCensusCode: 'MUL' });
    const changed = await ok(app, 'saveDecision', {
      conferenceId: example.id,
      childId: people.child('Ruby'),
      decision: { outcome: 'no-plan', testMet: false, instead: 'family-help-plan', chairReasons: 'The test is not met.' },
    });
    expect(changed.decisions).toHaveLength(1);
    expect(changed.decisions[0]).toMatchObject({ outcome: 'no-plan', instead: 'family-help-plan', latestCensusCode: null });
  });

  it('marks a formal dissent raised after the dissent window as late', async () => {
    const record = await ok(app, 'saveDissent', {
      conferenceId: example.id,
      id: randomUUID(),
      childId: people.child('Leo'),
      professionalId: people.professional('DC Hannah Cole'),
      kind: 'formal-dissent',
      about: 'category',
      grounds: 'I dissent: the category should be physical abuse.',
      raisedOn: '2026-03-22',
      raisedAt: '10:01',
      escalatedTo: 'Safeguarding lead, Northmere Police',
    });
    expect(record.dissents[0]?.withinWindow).toBe(false);
    expect((await refused(app, 'saveDissent', { conferenceId: example.id, id: randomUUID(), childId: people.child('Leo'), professionalId: people.professional('DC Hannah Cole'), kind: 'formal-dissent', about: 'test', grounds: '', raisedOn: '2026-03-19', raisedAt: '11:00' })).fields).toHaveProperty('grounds');
  });

  it('refuses a decision for a child of another family', async () => {
    const other = await ok(app, 'createConference', { type: 'initial', scheduledDate: '2026-04-01', scheduledTime: '10:00', children: [{ status: 'born', givenName: 'Sam', familyName: 'Other', dateOfBirth: '2020-01-01' }] });
    expect((await refused(app, 'saveDecision', { conferenceId: example.id, childId: other.children[0]?.id, decision: { outcome: 'no-plan', testMet: false, instead: 'no-further-action', chairReasons: 'R.' } })).kind).toBe('not-found');
  });
});

describe('the plan', () => {
  it('proposes the first core group and the next review from the timescales', async () => {
    const record = await ok(app, 'getDecisionRecord', { conferenceId: example.id });
    expect(record.plan.proposedFirstCoreGroupDate).toBe('2026-04-02');
    expect(record.plan.proposedNextReviewDate).toBe('2026-06-19');
  });

  it('refuses a review after its due date, or brought forward without a reason', async () => {
    const plan = (change: Record<string, unknown>) => ({ conferenceId: example.id, plan: { contingency: 'x', ...change } });
    expect((await refused(app, 'savePlan', plan({ nextReviewDate: '2026-06-22' }))).fields).toHaveProperty(['plan.nextReviewDate']);
    expect((await refused(app, 'savePlan', plan({ nextReviewDate: '2026-06-04' }))).fields).toHaveProperty(['plan.broughtForwardReason']);
    expect((await refused(app, 'savePlan', plan({ firstCoreGroupDate: '2026-03-18' }))).fields).toHaveProperty(['plan.firstCoreGroupDate']);
    const record = await ok(app, 'savePlan', plan({ nextReviewDate: '2026-06-19' }));
    expect(record.plan.nextReviewDate).toBe('2026-06-19');
  });

  it('records actions owned by professionals, family members and named people, with the names shown', async () => {
    await recordExampleDecisions(app, example);
    const record = await recordExamplePlan(app, example);
    expect(record.outcomes).toHaveLength(6);
    expect(record.actions[0]?.ownerNames).toEqual(['Jordan Mills', 'Danielle Price', 'Carol Price']);
    expect(record.actions.find((a) => a.what.startsWith('Family group'))?.ownerNames).toEqual(['FGDM coordinator (Northmere)']);
    expect(record.plan.familyNetwork.fnspItems).toHaveLength(2);
    // All that is left: the conference is not yet marked held (issue 15).
    expect(record.readiness.map((p) => p.path)).toEqual(['held']);
  });

  it('cannot be finalised with an outcome without a measure, an action without an owner or a date, or no contingency plan', async () => {
    await recordExampleDecisions(app, example);
    const outcomeId = randomUUID();
    await ok(app, 'saveOutcome', { conferenceId: example.id, id: outcomeId, text: 'Ruby is safe' });
    const actionId = randomUUID();
    const record = await ok(app, 'saveAction', { conferenceId: example.id, id: actionId, outcomeId, what: 'Visit' });
    const paths = record.readiness.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `plan.outcomes.${outcomeId}.measure`,
        `plan.actions.${actionId}.owners`,
        `plan.actions.${actionId}.dueDate`,
        'plan.contingency',
        'plan.coreGroup',
        'plan.nextReviewDate',
        'plan.firstCoreGroupDate',
        `plan.visits.${people.child('Ruby')}.frequency`,
      ]),
    );
    const error = await refused(app, 'finaliseConference', { conferenceId: example.id });
    expect(error.kind).toBe('validation');
    expect(error.fields).toHaveProperty(['plan.contingency']);
  });

  it('refuses an action for an outcome of another conference, and removes an outcome with its actions', async () => {
    const outcomeId = randomUUID();
    await ok(app, 'saveOutcome', { conferenceId: example.id, id: outcomeId, text: 'Ruby is safe', measure: 'She says so' });
    await ok(app, 'saveAction', { conferenceId: example.id, id: randomUUID(), outcomeId, what: 'Visit', owners: [{ kind: 'professional', professionalId: people.professional('Tom Reeves') }], dueDate: '2026-04-01' });
    expect((await refused(app, 'saveAction', { conferenceId: example.id, id: randomUUID(), outcomeId: randomUUID(), what: 'Visit' })).fields).toHaveProperty('outcomeId');
    const record = await ok(app, 'removeOutcome', { conferenceId: example.id, id: outcomeId });
    expect(record.outcomes).toHaveLength(0);
    expect(record.actions).toHaveLength(0);
  });
});

describe('sign-off', () => {
  it('refuses to finalise a conference not marked held, saying so, and changes nothing (issue 15)', async () => {
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    const before = databaseSnapshot(app);
    const error = await refused(app, 'finaliseConference', { conferenceId: example.id });
    expect(error).toMatchObject({ kind: 'validation', message: 'There is 1 thing to finish before the conference can be finalised.' });
    expect(error.fields).toEqual({ held: 'Mark the conference as held: record the date and time it took place.' });
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses to mark it held at a time still to come, or before its timescale starts, and keeps a held date off the finalise guard', async () => {
    const future = await refused(app, 'markConferenceHeld', { conferenceId: example.id, held: { date: '2099-01-05', time: '10:00' } });
    expect(future.fields).toEqual({ 'held.date': 'The conference cannot be marked held at a time still to come: enter when it took place.' });
    const early = await refused(app, 'markConferenceHeld', { conferenceId: example.id, held: { date: '2026-02-01', time: '10:00' } });
    expect(early.fields).toHaveProperty(['held.date']);
    expect((await refused(app, 'markConferenceHeld', { conferenceId: example.id, held: { date: '2026-03-19', time: '25:00' } })).kind).toBe('validation');
    expect((await refused(app, 'markConferenceHeld', { conferenceId: example.id, held: { date: '2026-03-19' } })).kind).toBe('validation');
    // The database refuses too, whatever the application checked.
    expect(() => app.db.prepare("UPDATE conference SET status = 'finalised' WHERE id = ?").run(example.id)).toThrow(/not been marked as held/);
  });

  it('marks it held (a status of its own), corrects the time, and takes the mark away, each in the history', async () => {
    const held = await ok(app, 'markConferenceHeld', { conferenceId: example.id, held: { date: '2026-03-19', time: '10:05' } });
    expect(held).toMatchObject({ status: 'held', held: { date: '2026-03-19', time: '10:05' } });
    expect(held.deadlines.find((d) => d.key === 'conference')?.status).toBe('done');
    expect(held.deadlines.map((d) => d.key)).toEqual(expect.arrayContaining(['decision-letter', 'record', 'dissent-window']));
    expect(held.deadlines.find((d) => d.key === 'dissent-window')).toMatchObject({ due: '2026-03-22', dueTime: '10:05' });
    const summary = (await ok(app, 'listConferences', {})).find((c) => c.id === example.id);
    expect(summary).toMatchObject({ status: 'held', held: { date: '2026-03-19', time: '10:05' } });
    const undone = await ok(app, 'markConferenceHeld', { conferenceId: example.id, held: null });
    expect(undone).toMatchObject({ status: 'draft', held: null });
    const history = await ok(app, 'getConferenceHistory', { conferenceId: example.id });
    expect(history.filter((e) => e.entity === 'held')).toHaveLength(2);
  });

  it('cannot be finalised while any listed child lacks a decision', async () => {
    const error = await refused(app, 'finaliseConference', { conferenceId: example.id });
    expect(error.fields).toHaveProperty([`decisions.${people.child('Ruby')}`]);
    expect(error.fields).toHaveProperty([`decisions.${people.child('unborn')}`]);
  });

  it('finalises the example, then refuses every change through the application, changing nothing', async () => {
    await recordExampleDecisions(app, example);
    const planned = await recordExamplePlan(app, example);
    const record = await finaliseHeld(app, example.id);
    expect(record).toMatchObject({ status: 'finalised', finalisedBy: 'test-user' });
    const before = databaseSnapshot(app);
    const attempts: [Parameters<typeof refused>[1], unknown][] = [
      ['saveStatement', danger()],
      ['saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'child', childId: people.child('Ruby') }, score: 1 }],
      ['saveDecision', { conferenceId: example.id, childId: people.child('Ruby'), decision: { outcome: 'no-plan', testMet: false, instead: 'no-further-action', chairReasons: 'Changed.' } }],
      ['removeDissent', { conferenceId: example.id, id: record.dissents[0]?.id }],
      ['savePlan', { conferenceId: example.id, plan: { contingency: 'Changed.' } }],
      ['saveOutcome', { conferenceId: example.id, id: planned.outcomes[0]?.id, text: 'Changed.' }],
      ['removeAction', { conferenceId: example.id, id: planned.actions[0]?.id }],
      ['updateConferenceDetails', { conferenceId: example.id, details: { ...example.details, venue: 'Changed' } }],
      ['invite', { kind: 'family-member', conferenceId: example.id, familyMemberId: people.member('Megan Price') }],
      ['finaliseConference', { conferenceId: example.id }],
    ];
    for (const [name, input] of attempts) {
      const error = await refused(app, name, input);
      expect(error.kind, name).toBe('locked');
    }
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('the database itself refuses inserts, updates and deletes to every table holding a finalised conference’s data', async () => {
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    await ok(app, 'saveRecipient', { conferenceId: example.id, id: randomUUID(), recipient: { kind: 'family-member', familyMemberId: people.member('Danielle Price') }, documents: ['decision-letter', 'family-version'] });
    await ok(app, 'saveStatement', danger());
    await ok(app, 'saveScale', { conferenceId: example.id, id: randomUUID(), rater: { kind: 'child', childId: people.child('Ruby') }, score: 5 });
    const agendaItemId = example.agenda[0]?.id;
    const contributionId = randomUUID();
    await ok(app, 'saveContribution', { id: contributionId, conferenceId: example.id, agendaItemId, speaker: { kind: 'chair' }, kind: 'information', text: 'Welcome.', spokenAt: '10:00' });
    await ok(app, 'recordAttendance', { invitationId: example.invitations[0]?.id, mode: 'in-person' });
    await ok(app, 'saveExclusion', { conferenceId: example.id, id: randomUUID(), familyMemberId: people.member('Jordan Mills'), grounds: 'conflict-between-family-members', startedAt: '10:00', viewsPresentedBy: 'Kerry' }).catch(() => undefined);
    await finaliseHeld(app, example.id);

    const db = app.db;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const columns = (table: string) => (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    // Marking a conference as exported, and the removal marker, are allowed on a finalised conference (retention).
    // Its stored next deadline is derived, not part of the record: worked out again when the
    // authority's timescales or bank holidays change (migration 0011).
    // The documents made are recorded after sign-off as much as before (migration 0012); that record is never changed.
    // Text typed into the minutes after sign-off is kept for an amendment, so only after sign-off (migration 0015).
    // The family's feedback is not part of the record and is given after the meeting (migration 0025),
    // and family mode, in which they give it, is this computer's state (migration 0028).
    const exempt = new Set(['audit_event', 'amendment', 'distribution_sent', 'cms_export', 'retention_removal', 'conference_deadline', 'document_export', 'amendment_draft', 'family_feedback', 'translation_export', 'translation', 'translation_left_in_english', 'family_mode']);
    const direct = tables.filter((t) => columns(t).includes('conference_id') && !exempt.has(t));
    expect(direct.length).toBeGreaterThanOrEqual(15);
    const storedColumns = (table: string) =>
      (db.prepare(`PRAGMA table_xinfo("${table}")`).all() as { name: string; hidden: number }[]).filter((c) => c.hidden === 0).map((c) => c.name);
    const ownRows = (table: string) =>
      table === 'contribution_version'
        ? 'contribution_id IN (SELECT id FROM contribution WHERE conference_id = @c)'
        : table === 'attendance'
          ? 'invitation_id IN (SELECT id FROM invitation WHERE conference_id = @c)'
          : 'conference_id = @c';
    const tried: string[] = [];
    for (const table of [...direct, 'contribution_version', 'attendance']) {
      const names = storedColumns(table);
      const row = db.prepare(`SELECT rowid AS rid, ${names.map((n) => `"${n}"`).join(', ')} FROM "${table}" WHERE ${ownRows(table)}`).get({ c: example.id }) as Record<string, unknown> | undefined;
      if (!row) {
        // An empty table: an insert naming this conference is still refused, before any other check.
        if (names.includes('conference_id')) {
          expect(() => db.prepare(`INSERT INTO "${table}" (conference_id) VALUES (?)`).run(example.id), `${table} insert`).toThrow(/finalised/);
          tried.push(table);
        }
        continue;
      }
      const { rid, ...values } = row;
      const column = names.find((c) => c !== 'conference_id') ?? 'conference_id';
      expect(() => db.prepare(`UPDATE "${table}" SET "${column}" = "${column}" WHERE rowid = ?`).run(rid), `${table} update`).toThrow(/finalised/);
      expect(() => db.prepare(`DELETE FROM "${table}" WHERE rowid = ?`).run(rid), `${table} delete`).toThrow(/finalised/);
      const copy = { ...values, ...(names.includes('id') ? { id: randomUUID() } : {}) };
      expect(
        () => db.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(copy),
        `${table} insert`,
      ).toThrow(/finalised/);
      tried.push(table);
    }
    expect(
      () => db.prepare("INSERT INTO contribution_version (contribution_id, version, text, kind, restriction, edited_by, edited_at) VALUES (?, 9, 'x', 'information', '{}', 'x', 'x')").run(contributionId),
      'contribution_version insert',
    ).toThrow(/finalised/);
    expect(tried.sort()).toEqual([...direct, 'attendance'].sort());
    expect(() => db.prepare("UPDATE conference SET venue = 'x' WHERE id = ?").run(example.id)).toThrow(/finalised/);
    expect(() => db.prepare('DELETE FROM conference WHERE id = ?').run(example.id)).toThrow(/finalised/);
    expect(() => db.prepare('DELETE FROM child WHERE id = ?').run(people.child('Ruby'))).toThrow(/finalised/);
  });

  it('records a correction as an amendment with reason, who and when; amendments cannot be changed', async () => {
    await recordExampleDecisions(app, example);
    const planned = await recordExamplePlan(app, example);
    const amendment = { conferenceId: example.id, id: randomUUID(), section: 'plan', entityId: planned.outcomes[2]?.id, original: 'Attendance above 95%', correction: 'Attendance above 95% this half-term', reason: 'The school asked for a clear time frame.' };
    expect((await refused(app, 'amendConference', amendment)).kind).toBe('conflict');
    await finaliseHeld(app, example.id);
    const record = await ok(app, 'amendConference', amendment);
    expect(record.amendments).toEqual([expect.objectContaining({ section: 'plan', entityId: planned.outcomes[2]?.id, correction: 'Attendance above 95% this half-term', amendedBy: 'test-user' })]);
    expect((await ok(app, 'amendConference', amendment)).amendments).toHaveLength(1);
    expect((await refused(app, 'amendConference', { ...amendment, id: randomUUID(), reason: '' })).fields).toHaveProperty('reason');
    expect(() => app.db.prepare("UPDATE amendment SET reason = 'x'").run()).toThrow(/append-only/);
    expect(() => app.db.prepare('DELETE FROM amendment').run()).toThrow(/append-only/);
    const history = await ok(app, 'getConferenceHistory', { conferenceId: example.id });
    expect(history.map((e) => e.entity)).toEqual(expect.arrayContaining(['conference', 'decision', 'plan-action', 'sign-off', 'amendment']));
    expect(history.at(-1)).toMatchObject({ actor: 'test-user', action: 'create', entity: 'amendment', what: 'Amendment' });
  });
});

describe('review conferences', () => {
  async function finalisedExample() {
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    return finaliseHeld(app, example.id);
  }

  it('cannot start before the conference is finalised', async () => {
    expect((await refused(app, 'startReview', { previousConferenceId: example.id })).kind).toBe('conflict');
  });

  it('starts from the previous conference: family, invitees and plan carried forward, on the date brought forward', async () => {
    await finalisedExample();
    const review = await ok(app, 'startReview', { previousConferenceId: example.id });
    expect(review.details).toMatchObject({ type: 'review', triggerDate: '2026-03-19', scheduledDate: '2026-06-04', scheduledTime: '10:00' });
    expect(review.familyId).toBe(example.familyId);
    expect(review.dueDate).toBe('2026-06-19');
    expect(review.chair?.name).toBe('Priya Anand');
    expect(review.invitations.map((i) => i.invitee)).toEqual(example.invitations.map((i) => i.invitee));
    const record = await ok(app, 'getDecisionRecord', { conferenceId: review.id });
    expect(record.previous?.conferenceId).toBe(example.id);
    expect(record.broughtForwardReason).toMatch(/30 weeks/);
    expect(record.outcomes).toHaveLength(6);
    expect(record.outcomes.every((o) => o.carriedForward && o.progress === 'not-reviewed')).toBe(true);
    expect(record.actions).toHaveLength(8);
    expect(record.plan.contingency).toMatch(/urgent strategy discussion/);
    expect(record.plan.nextReviewDate).toBeNull();
    expect(record.plan.proposedNextReviewDate).toBe('2026-12-04');
    expect(record.childrenWithPreviousPlan.sort()).toEqual([people.child('Ruby'), people.child('Leo')].sort());
    expect((await ok(app, 'getDecisionRecord', { conferenceId: example.id })).nextReview?.conferenceId).toBe(review.id);
    expect((await refused(app, 'startReview', { previousConferenceId: example.id })).kind).toBe('conflict');
  });

  it('refuses a review brought forward without a reason', async () => {
    await finalisedExample();
    expect((await refused(app, 'startReview', { previousConferenceId: example.id, scheduledDate: '2026-05-20' })).fields).toHaveProperty('broughtForwardReason');
    const review = await ok(app, 'startReview', { previousConferenceId: example.id, scheduledDate: '2026-05-20', broughtForwardReason: 'Early review called under the contingency plan.' });
    expect(review.details.scheduledDate).toBe('2026-05-20');
  });

  it('records progress, continues, changes or ends each child’s plan, and decides the baby', async () => {
    await finalisedExample();
    const review = await ok(app, 'startReview', { previousConferenceId: example.id });
    let record = await ok(app, 'getDecisionRecord', { conferenceId: review.id });
    const outcome = record.outcomes[0];
    const action = record.actions[0];
    await ok(app, 'saveOutcome', { conferenceId: review.id, ...outcome, carriedForward: undefined, progress: 'partly', progressNote: 'One police call-out in April.' });
    record = await ok(app, 'saveAction', { conferenceId: review.id, ...action, ownerNames: undefined, carriedForward: undefined, progress: 'done', progressNote: 'Jordan has stayed away when drinking.' });
    expect(record.outcomes[0]).toMatchObject({ progress: 'partly', carriedForward: true });
    expect(record.actions[0]).toMatchObject({ progress: 'done', carriedForward: true });

    const ruby = people.child('Ruby');
    expect((await refused(app, 'saveDecision', { conferenceId: review.id, childId: ruby, decision: { outcome: 'plan', testMet: true, limb: 'b', categories: ['emotional'], chairReasons: 'R.' } })).fields).toHaveProperty(['decision.outcome']);
    expect((await refused(app, 'saveDecision', { conferenceId: review.id, childId: ruby, decision: { outcome: 'end-plan', testMet: false, chairReasons: 'R.' } })).fields).toHaveProperty(['decision.endingReason']);
    record = await ok(app, 'saveDecision', { conferenceId: review.id, childId: ruby, decision: { outcome: 'continue-plan', testMet: true, limb: 'b', categories: ['neglect'], chairReasons: 'Still at risk.' } });
    expect(record.decisions[0]).toMatchObject({ initialCategories: ['emotional'], initialCensusCode: 'EMO', latestCensusCode: 'NEG' });
    record = await ok(app, 'saveDecision', { conferenceId: review.id, childId: people.child('Leo'), decision: { outcome: 'end-plan', testMet: false, endingReason: 'no-longer-at-risk', instead: 'family-help-plan', chairReasons: 'Safe now.' } });
    record = await ok(app, 'saveDecision', { conferenceId: review.id, childId: people.child('unborn'), decision: { outcome: 'plan', testMet: true, limb: 'b', categories: ['emotional'], chairReasons: 'Risk at birth.' } });
    expect(record.decisions).toHaveLength(3);
  });
});

describe('the decision letter and distribution', () => {
  it('assembles the letter’s content: outcome, outline plan, core group and review dates, lead practitioner, challenge and help', async () => {
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    const letter = await ok(app, 'getDecisionLetter', { conferenceId: example.id });
    expect(letter.to).toEqual(['Danielle Price', 'Jordan Mills', 'Aaron Whitfield']);
    expect(letter.children.map((c) => [c.name, c.category, c.censusCode])).toEqual([
      ['Ruby Price', 'Emotional abuse', 'EMO'],
      ['Leo Mills', 'Emotional abuse', 'EMO'],
      [expect.stringContaining('Mills'), null, null],
    ]);
    expect(letter.children[2]?.decision).toMatch(/2026-06-04/);
    expect(letter.outlinePlan).toHaveLength(6);
    expect(letter.coreGroup).toMatchObject({ firstMeeting: '2026-04-01' });
    expect(letter.coreGroup.members).toContain('Kerry Walsh');
    expect(letter.nextReview.date).toBe('2026-06-04');
    expect(letter.leadPractitioner?.name).toBe('Tom Reeves');
    expect(letter.howToChallenge.join(' ')).toMatch(/Priya Anand/);
    expect(letter.whoCanHelp.map((p) => p.name)).toEqual(expect.arrayContaining(['Tom Reeves', 'Kerry Walsh', 'Nadia Rahman']));
  });

  it('records who receives what, and when it was sent against the deadlines; a family member never gets the full record', async () => {
    const danielle = { kind: 'family-member', familyMemberId: people.member('Danielle Price') };
    expect((await refused(app, 'saveRecipient', { conferenceId: example.id, id: randomUUID(), recipient: danielle, documents: ['full-record'] })).fields).toHaveProperty('documents');
    const recipientId = randomUUID();
    let record = await ok(app, 'saveRecipient', { conferenceId: example.id, id: recipientId, recipient: danielle, documents: ['decision-letter', 'plan', 'family-version'] });
    expect(record.distribution).toMatchObject({ decisionLetterDue: '2026-03-20', recordDue: '2026-04-13' });
    record = await ok(app, 'recordSent', { conferenceId: example.id, recipientId, document: 'decision-letter', sentOn: '2026-03-23' });
    expect(record.distribution.recipients[0]?.sent).toEqual([{ document: 'decision-letter', sentOn: '2026-03-23', late: true }]);
    expect((await refused(app, 'recordSent', { conferenceId: example.id, recipientId, document: 'family-version', sentOn: '2026-03-23' })).kind).toBe('conflict');
    await recordExampleDecisions(app, example);
    await recordExamplePlan(app, example);
    await finaliseHeld(app, example.id);
    record = await ok(app, 'recordSent', { conferenceId: example.id, recipientId, document: 'family-version', sentOn: '2026-04-10' });
    expect(record.distribution.recipients[0]?.sent[1]).toEqual({ document: 'family-version', sentOn: '2026-04-10', late: false });
  });
});
