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
    const text = `<script>alert('x')</script> '; DROP TABLE contribution; -- \u202Eevil\u202C 👪 \u0000`;
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
    app.db.prepare("UPDATE conference SET status = 'finalised' WHERE id = ?").run(example.id);
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
