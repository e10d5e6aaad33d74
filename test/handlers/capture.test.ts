import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { databaseSnapshot, ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
let example: ConferenceDetail;
beforeEach(async () => {
  app = startTestApplication();
  example = await ok(app, 'loadExampleConference', {});
});
afterEach(() => app.dispose());

const person = (name: string) => example.familyMembers.find((m) => m.displayName === name)?.id ?? '';
const professionalId = (name: string) =>
  example.invitations.flatMap((i) => (i.invitee.kind === 'professional' && i.invitee.name === name ? [i.invitee.professionalId] : []))[0] ?? '';
const item = (kind: string) => example.agenda.find((a) => a.kind === kind)?.id ?? '';

function contribution(change: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    conferenceId: example.id,
    agendaItemId: item('family-views'),
    speaker: { kind: 'family-member', familyMemberId: person('Danielle Price') },
    kind: 'family-view',
    text: 'I agree with the worries about the drinking, but I do not agree it is abuse.',
    spokenAt: '10:25',
    ...change,
  };
}

describe('saving contributions', () => {
  it('stores a contribution with its speaker, shown with their name and role', async () => {
    const saved = await ok(app, 'saveContribution', contribution());
    expect(saved.version).toBe(1);
    const capture = await ok(app, 'getCapture', { conferenceId: example.id });
    expect(capture.contributions).toHaveLength(1);
    expect(capture.contributions[0]).toMatchObject({ speakerName: 'Danielle Price', speakerRole: 'Mother', kind: 'family-view', restriction: { level: 'none' } });
  });

  it('is idempotent: the same save sent twice is one contribution', async () => {
    const input = contribution();
    await ok(app, 'saveContribution', input);
    await ok(app, 'saveContribution', input);
    expect((await ok(app, 'getCapture', { conferenceId: example.id })).contributions).toHaveLength(1);
  });

  it('marks the parent advocate as such', async () => {
    await ok(app, 'saveContribution', contribution({ speaker: { kind: 'professional', professionalId: professionalId('Kerry Walsh') }, text: 'Danielle wants the plan to include Carol.' }));
    const capture = await ok(app, 'getCapture', { conferenceId: example.id });
    expect(capture.contributions[0]).toMatchObject({ speakerName: 'Kerry Walsh', speakerRole: 'Parent advocate' });
  });

  it('keeps restriction with the record: not for the family, or not for named members', async () => {
    await ok(app, 'saveContribution', contribution({
      speaker: { kind: 'professional', professionalId: professionalId('DC Hannah Cole') },
      agendaItemId: item('agency-information'),
      kind: 'information',
      text: 'Jordan is released under investigation.',
      restriction: { level: 'not-for-family', reason: 'police-investigation' },
    }));
    await ok(app, 'saveContribution', contribution({
      text: 'Danielle is staying at a new address.',
      restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [person('Jordan Mills')] },
    }));
    const capture = await ok(app, 'getCapture', { conferenceId: example.id });
    expect(capture.contributions.map((c) => c.restriction)).toEqual([
      { level: 'not-for-family', reason: 'police-investigation', sharedSummary: '' },
      { level: 'not-for-named', reason: 'risk', familyMemberIds: [person('Jordan Mills')], childIds: [], sharedSummary: '' },
    ]);
  });

  it('stores hostile text exactly, as text', async () => {
    // Direction overrides are refused (issue 14 item 13, test/security/hostile-input.test.ts); isolates are kept.
    const text = `<script>alert('x')</script> '; DROP TABLE contribution; -- \u2067evil\u2069 👪 \u0000`;
    await ok(app, 'saveContribution', contribution({ text }));
    expect((await ok(app, 'getCapture', { conferenceId: example.id })).contributions[0]?.text).toBe(text);
  });

  it('refuses text over the limit with a clear message, and stores nothing', async () => {
    const before = databaseSnapshot(app);
    const error = await refused(app, 'saveContribution', contribution({ text: 'x'.repeat(1_000_000) }));
    expect(error.fields?.['text']).toMatch(/at most 20,000 characters/);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a speaker, item or named person from another conference', async () => {
    const other = await ok(app, 'loadExampleConference', {});
    const before = databaseSnapshot(app);
    const error = await refused(app, 'saveContribution', contribution({
      agendaItemId: other.agenda[0]?.id,
      speaker: { kind: 'family-member', familyMemberId: other.familyMembers[0]?.id },
      restriction: { level: 'not-for-named', reason: 'risk', familyMemberIds: [other.familyMembers[1]?.id] },
    }));
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['agendaItemId', 'restriction.familyMemberIds.0', 'speaker']);
    expect(databaseSnapshot(app)).toBe(before);
  });

  it('refuses a contribution to a finalised conference', async () => {
    app.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(example.id);
    expect((await refused(app, 'saveContribution', contribution())).kind).toBe('locked');
  });

  it('refuses unknown conferences and contributions', async () => {
    expect((await refused(app, 'saveContribution', contribution({ conferenceId: randomUUID() }))).kind).toBe('not-found');
    expect((await refused(app, 'getContributionHistory', { contributionId: randomUUID() })).kind).toBe('not-found');
  });
});

describe('history', () => {
  it('keeps earlier versions when someone else edits, or after a pause', async () => {
    const input = contribution({ text: 'First words.' });
    await ok(app, 'saveContribution', input);
    await ok(app, 'saveContribution', { ...input, text: 'First words, and more while typing.' });
    let history = await ok(app, 'getContributionHistory', { contributionId: input.id });
    expect(history.map((v) => v.text)).toEqual(['First words, and more while typing.']);

    // A later correction (after the editing session) keeps what it said before.
    app.db.prepare("UPDATE contribution SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").run(input.id);
    await ok(app, 'saveContribution', { ...input, text: 'Corrected words.' });
    history = await ok(app, 'getContributionHistory', { contributionId: input.id });
    expect(history.map((v) => [v.version, v.text, v.editedBy])).toEqual([
      [2, 'Corrected words.', 'test-user'],
      [1, 'First words, and more while typing.', 'test-user'],
    ]);
  });
});

describe('the meeting on the day', () => {
  it('remembers which item the meeting is on', async () => {
    const capture = await ok(app, 'setCurrentAgendaItem', { conferenceId: example.id, agendaItemId: item('child-views') });
    expect(capture.currentAgendaItemId).toBe(item('child-views'));
    expect((await refused(app, 'setCurrentAgendaItem', { conferenceId: example.id, agendaItemId: randomUUID() })).kind).toBe('validation');
  });

  it('records attendance: arrived, left, online, separate parts', async () => {
    const jordan = example.invitations.find((i) => i.invitee.kind === 'family-member' && i.invitee.name === 'Jordan Mills');
    const capture = await ok(app, 'recordAttendance', { invitationId: jordan?.id, mode: 'online', arrivedAt: '11:10', leftAt: '11:40', parts: 'His own part, after Danielle’s' });
    expect(capture.attendance).toEqual([{ invitationId: jordan?.id, mode: 'online', arrivedAt: '11:10', leftAt: '11:40', parts: 'His own part, after Danielle’s' }]);
    expect((await refused(app, 'recordAttendance', { invitationId: jordan?.id, mode: 'online', arrivedAt: '11:10', leftAt: '10:00' })).fields).toHaveProperty('leftAt');
  });

  it('saves the whole attendance table at once', async () => {
    const [first, second, third] = example.invitations;
    const rows = [
      { invitationId: first?.id, mode: 'in-person', arrivedAt: '10:00', leftAt: '11:30' },
      { invitationId: second?.id, mode: 'online', parts: 'The first half only, then a visit' },
      { invitationId: third?.id, mode: 'did-not-attend' },
    ];
    const capture = await ok(app, 'recordAttendanceTable', { conferenceId: example.id, rows });
    expect(capture.attendance.map((a) => [a.invitationId, a.mode, a.arrivedAt, a.leftAt, a.parts])).toEqual(
      expect.arrayContaining([
        [first?.id, 'in-person', '10:00', '11:30', ''],
        [second?.id, 'online', null, null, 'The first half only, then a visit'],
        [third?.id, 'did-not-attend', null, null, ''],
      ]),
    );
    expect(capture.attendance).toHaveLength(3);
  });

  it('refuses the whole attendance table when one row is wrong, and changes nothing', async () => {
    const [first, second, third] = example.invitations;
    await ok(app, 'recordAttendanceTable', { conferenceId: example.id, rows: [{ invitationId: first?.id, mode: 'online' }] });
    const before = databaseSnapshot(app);
    const error = await refused(app, 'recordAttendanceTable', {
      conferenceId: example.id,
      rows: [
        { invitationId: first?.id, mode: 'in-person', arrivedAt: '10:00' },
        { invitationId: second?.id, mode: 'online', arrivedAt: '10:30', leftAt: '10:10' },
        { invitationId: third?.id, mode: 'in-person' },
      ],
    });
    expect(error.message).toContain('Nothing was saved');
    expect(error.fields).toEqual({ 'rows.1.leftAt': 'They cannot leave before they arrived.' });
    expect(databaseSnapshot(app)).toEqual(before);
  });

  it('refuses an attendance table with a row from another conference, or a person twice', async () => {
    const other = await ok(app, 'createConference', { type: 'initial', scheduledDate: '2026-05-04', scheduledTime: '09:30', children: [{ status: 'born', givenName: 'Ottilie', familyName: 'Brandreth', dateOfBirth: '2019-02-03' }] });
    const [first] = example.invitations;
    const before = databaseSnapshot(app);
    const foreign = await refused(app, 'recordAttendanceTable', { conferenceId: other.id, rows: [{ invitationId: first?.id, mode: 'online' }] });
    expect(foreign.fields).toEqual({ 'rows.0.invitationId': 'This person is not invited to this conference.' });
    const twice = await refused(app, 'recordAttendanceTable', { conferenceId: example.id, rows: [{ invitationId: first?.id, mode: 'online' }, { invitationId: first?.id, mode: 'in-person' }] });
    expect(twice.kind).toBe('validation');
    const unchosen = await refused(app, 'recordAttendanceTable', { conferenceId: example.id, rows: [{ invitationId: first?.id, arrivedAt: '10:00' }] });
    expect(unchosen.fields).toHaveProperty(['rows.0.mode']);
    expect(databaseSnapshot(app)).toEqual(before);
  });

  it('records an exclusion with its grounds and how the views were presented', async () => {
    const id = randomUUID();
    const capture = await ok(app, 'saveExclusion', {
      id, conferenceId: example.id, familyMemberId: person('Jordan Mills'), grounds: 'conflict-between-family-members',
      startedAt: '10:00', endedAt: '11:05', viewsPresentedBy: 'Jordan joined his own part by video.',
    });
    expect(capture.exclusions[0]).toMatchObject({ id, familyMemberName: 'Jordan Mills', grounds: 'conflict-between-family-members' });
  });

  it('records the child’s voice, how it was gathered, in the child’s own words', async () => {
    const ruby = example.children[0]?.id;
    const capture = await ok(app, 'saveChildVoice', {
      id: randomUUID(), conferenceId: example.id, childId: ruby, method: 'three-houses', gatheredBy: 'Tom Reeves', gatheredOn: '2026-03-12',
      words: 'I hide under my bed when the shouting starts.',
    });
    expect(capture.childVoices[0]).toMatchObject({ childId: ruby, method: 'three-houses', gatheredOn: '2026-03-12', restriction: { level: 'none' } });
  });

  it('records a restricted part: start, end, who left, and a summary that may be shared', async () => {
    const id = randomUUID();
    await ok(app, 'saveRestrictedPart', { id, conferenceId: example.id, reason: 'police-investigation', startedAt: '10:40', whoLeftIds: [person('Danielle Price'), person('Jordan Mills')] });
    const capture = await ok(app, 'saveRestrictedPart', {
      id, conferenceId: example.id, reason: 'police-investigation', startedAt: '10:40', endedAt: '10:50',
      whoLeftIds: [person('Danielle Price'), person('Jordan Mills')], sharedSummary: 'Police are still looking into what happened on 28 February.',
    });
    expect(capture.restrictedParts).toEqual([expect.objectContaining({ id, endedAt: '10:50', whoLeft: ['Danielle Price', 'Jordan Mills'] })]);
  });
});

describe('a contribution before its speaker is chosen (issue 14 item 1)', () => {
  const WORDS = 'Carol said she can have the children every Tuesday and Thursday, and at weekends if needed.';

  it('issue 14 item 1: a contribution typed before a speaker is chosen survives a reload', async () => {
    const draft = contribution({ speaker: { kind: 'not-yet-chosen' }, text: WORDS });
    expect((await ok(app, 'saveContribution', draft)).version).toBe(1);

    app.restart();
    const capture = await ok(app, 'getCapture', { conferenceId: example.id });
    expect(capture.contributions).toEqual([
      expect.objectContaining({ id: draft.id, text: WORDS, speaker: { kind: 'not-yet-chosen' }, speakerName: 'Speaker not yet chosen', speakerRole: '' }),
    ]);

    // Choosing the speaker afterwards completes the same contribution, never a second one.
    await ok(app, 'saveContribution', { ...draft, speaker: { kind: 'family-member', familyMemberId: person('Carol Price') } });
    const after = await ok(app, 'getCapture', { conferenceId: example.id });
    expect(after.contributions).toEqual([expect.objectContaining({ id: draft.id, text: WORDS, speakerName: 'Carol Price' })]);
  });

  it('issue 14 item 1: a conference is not finalised while any contribution has no speaker, and the refusal says how many and where', async () => {
    const held = await ok(app, 'loadExampleConference', { stage: 'held' });
    const itemOf = (kind: string) => held.agenda.find((a) => a.kind === kind)?.id ?? '';
    const unspoken = (agendaKind: string, text: string) =>
      ok(app, 'saveContribution', { id: randomUUID(), conferenceId: held.id, agendaItemId: itemOf(agendaKind), speaker: { kind: 'not-yet-chosen' }, kind: 'information', text, spokenAt: '10:40' });
    await unspoken('family-views', 'First words without a speaker.');
    await unspoken('family-views', 'Second words without a speaker.');
    await unspoken('agency-information', 'Third words without a speaker.');
    const message =
      '3 contributions to the minutes have no speaker yet: 2 on “The family’s views” and 1 on “Information from each agency”. Choose who was speaking in the minutes.';

    expect((await ok(app, 'getDecisionRecord', { conferenceId: held.id })).readiness).toEqual([{ path: 'minutes.speakers', message }]);
    const before = databaseSnapshot(app);
    const error = await refused(app, 'finaliseConference', { conferenceId: held.id });
    expect(error).toMatchObject({ kind: 'validation', message: 'There is 1 thing to finish before the conference can be finalised.', fields: { 'minutes.speakers': message } });
    expect(databaseSnapshot(app)).toBe(before);

    // With every speaker chosen, it can be finalised.
    const capture = await ok(app, 'getCapture', { conferenceId: held.id });
    for (const c of capture.contributions.filter((c) => c.speaker.kind === 'not-yet-chosen')) {
      await ok(app, 'saveContribution', { ...c, conferenceId: held.id, speaker: { kind: 'chair' } });
    }
    expect((await ok(app, 'finaliseConference', { conferenceId: held.id })).status).toBe('finalised');
  });
});

describe('after sign-off (issue 14 item 2)', () => {
  const TYPED = 'Danielle added that Carol will collect Ruby from school on Fridays too.';

  it('issue 14 item 2: a save refused because the conference is finalised is kept as the start of an amendment, never dropped', async () => {
    const held = await ok(app, 'loadExampleConference', { stage: 'held' });
    const said = (await ok(app, 'getCapture', { conferenceId: held.id })).contributions.find((c) => c.kind === 'family-view');
    if (!said) throw new Error('The held example has a family view');
    expect((await ok(app, 'getCapture', { conferenceId: held.id })).finalised).toBe(false);
    await ok(app, 'finaliseConference', { conferenceId: held.id });
    // Every window polling the minutes learns that they are now read-only.
    expect((await ok(app, 'getCapture', { conferenceId: held.id })).finalised).toBe(true);

    // The minute-taker's next save is refused as finalised (not an error to retry) and changes nothing.
    const before = databaseSnapshot(app);
    const edit = { ...said, conferenceId: held.id, text: `${said.text} ${TYPED}` };
    const error = await refused(app, 'saveContribution', edit);
    expect(error).toEqual({ kind: 'locked', message: 'This conference has been finalised, so it cannot be changed. Record a correction as an amendment instead.' });
    expect(databaseSnapshot(app)).toBe(before);

    // What was typed is kept, and survives a restart.
    const id = randomUUID();
    const kept = { conferenceId: held.id, id, section: 'minutes', entityId: said.id, original: said.text, correction: edit.text };
    expect(await ok(app, 'keepForAmendment', kept)).toEqual([expect.objectContaining({ id, section: 'minutes', entityId: said.id, original: said.text, correction: edit.text, keptBy: 'test-user' })]);
    expect(await ok(app, 'keepForAmendment', kept)).toHaveLength(1);
    app.restart();
    expect((await ok(app, 'getKeptForAmendment', { conferenceId: held.id })).map((k) => k.correction)).toEqual([edit.text]);

    // The amendment made from it uses it up.
    const record = await ok(app, 'amendConference', { ...kept, reason: 'Said in the meeting, typed after sign-off.' });
    expect(record.amendments).toEqual([expect.objectContaining({ id, section: 'minutes', entityId: said.id, original: said.text, correction: edit.text })]);
    expect(await ok(app, 'getKeptForAmendment', { conferenceId: held.id })).toEqual([]);
    expect((await refused(app, 'keepForAmendment', kept)).kind).toBe('conflict');

    // Text not wanted after all is discarded by the chair; the history says so, without the words.
    const other = { ...kept, id: randomUUID(), entityId: null, original: '', correction: 'Typed by mistake.' };
    await ok(app, 'keepForAmendment', other);
    expect(await ok(app, 'discardKeptForAmendment', { conferenceId: held.id, id: other.id })).toEqual([]);
    const history = await ok(app, 'getConferenceHistory', { conferenceId: held.id });
    expect(history.filter((e) => e.entity === 'amendment-draft').map((e) => [e.action, e.what])).toEqual([
      ['create', 'Text kept for an amendment'],
      ['update', 'Text kept for an amendment'],
      ['create', 'Text kept for an amendment'],
      ['delete', 'Text kept for an amendment'],
    ]);
    expect(JSON.stringify(history)).not.toContain('Typed by mistake');
  });

  it('issue 14 item 2: a correction to a restricted contribution, left for everyone, takes the contribution’s marking', async () => {
    const held = await ok(app, 'loadExampleConference', { stage: 'held' });
    const restricted = (await ok(app, 'getCapture', { conferenceId: held.id })).contributions.find((c) => c.restriction.level === 'not-for-family');
    if (!restricted) throw new Error('The held example has a contribution not for the family');
    await ok(app, 'finaliseConference', { conferenceId: held.id });
    const id = randomUUID();
    const record = await ok(app, 'amendConference', { conferenceId: held.id, id, section: 'minutes', entityId: restricted.id, original: restricted.text, correction: `${restricted.text} (corrected)`, reason: 'Typed after sign-off.' });
    expect(record.amendments.find((a) => a.id === id)?.restriction).toEqual(restricted.restriction);
  });

  it('keeps text for an amendment only once the conference is finalised', async () => {
    const before = databaseSnapshot(app);
    const error = await refused(app, 'keepForAmendment', { conferenceId: example.id, id: randomUUID(), section: 'minutes', entityId: null, original: '', correction: TYPED });
    expect(error).toMatchObject({ kind: 'conflict', message: 'This conference is not finalised: save the contribution itself instead.' });
    expect(databaseSnapshot(app)).toBe(before);
  });
});
