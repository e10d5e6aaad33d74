import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { localIsoDate } from '../../shared/dates/local-date';
import type { SearchResults } from '../../shared/search/schema';
import { anInitialConference } from '../support/builders';
import { startTestApplication } from '../support/app';
import { ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
beforeEach(() => {
  app = startTestApplication();
});
afterEach(() => app.dispose());

const DAY = 24 * 60 * 60 * 1000;
const dayFrom = (offset: number) => localIsoDate(new Date(Date.now() + offset * DAY));

const search = (input: Record<string, unknown>) => ok(app, 'searchCaseload', input);
const ids = (found: SearchResults) => found.results.map((r) => r.conference.id);

/** A conference of the Price and Mills family, and one of another (fictional) family. */
async function twoFamilies(): Promise<{ prices: ConferenceDetail; other: ConferenceDetail }> {
  const prices = await ok(app, 'createConference', anInitialConference({ scheduledDate: dayFrom(10) }));
  const other = await ok(
    app,
    'createConference',
    anInitialConference({ type: 'review', scheduledDate: dayFrom(20), children: [{ status: 'born', givenName: 'Kestrel', familyName: 'Testwood', dateOfBirth: '2019-05-01' }] }),
  );
  return { prices, other };
}

async function say(conference: ConferenceDetail, text: string, restriction: unknown = { level: 'none' }): Promise<string> {
  const id = randomUUID();
  const agendaItemId = conference.agenda[0]?.id;
  await ok(app, 'saveContribution', { id, conferenceId: conference.id, agendaItemId, speaker: { kind: 'chair' }, kind: 'information', text, spokenAt: '10:05', restriction });
  return id;
}

describe('searching the caseload', () => {
  it('finds a child by part of the name, whichever way it is typed', async () => {
    const { prices, other } = await twoFamilies();
    for (const text of ['Rub', 'ruby', 'RUBY PRI', 'price']) {
      const found = await search({ text });
      expect(ids(found), text).toEqual([prices.id]);
      expect(found.results[0]?.matches[0]).toMatchObject({ kind: 'child', text: 'Ruby Price', restrictionLevel: 'none' });
    }
    expect(ids(await search({ text: 'Kest' }))).toEqual([other.id]);
    expect(ids(await search({ text: 'unborn' }))).toEqual([prices.id]);
  });

  it('finds family members and the network by name', async () => {
    const { prices } = await twoFamilies();
    await ok(app, 'addFamilyMember', { conferenceId: prices.id, member: { kind: 'parent-or-carer', givenName: 'Danielle', familyName: 'Price', livesInHousehold: true } });
    const found = await search({ text: 'Daniel' });
    expect(ids(found)).toEqual([prices.id]);
    expect(found.results[0]?.matches).toEqual([expect.objectContaining({ kind: 'family-member', text: 'Danielle Price' })]);
  });

  it('finds a contribution by a word in it, with a short excerpt around the word', async () => {
    const { prices, other } = await twoFamilies();
    await say(prices, 'Ruby told her teacher that she feels safe at her grandmother’s house.');
    await say(other, 'Nursery attendance is good.');
    const found = await search({ text: 'grandmother' });
    expect(ids(found)).toEqual([prices.id]);
    expect(found.results[0]?.matches[0]).toMatchObject({ kind: 'contribution', restrictionLevel: 'none', text: expect.stringContaining('grandmother') });
    const long = `${'Background. '.repeat(40)}The key word is cartography. ${'More. '.repeat(40)}`;
    await say(other, long);
    const excerpt = (await search({ text: 'cartography' })).results[0]?.matches[0]?.text ?? '';
    expect(excerpt).toContain('cartography');
    expect(excerpt.length).toBeLessThan(170);
    expect(excerpt.startsWith('…')).toBe(true);
  });

  it('respects the filters: status, type, chair and what is due', async () => {
    const { prices, other } = await twoFamilies();
    const chair = await ok(app, 'createProfessional', { professional: { name: 'Sam Chairperson', role: 'Chair', agency: 'childrens-social-care' } });
    await ok(app, 'updateConferenceDetails', { conferenceId: other.id, details: { ...other.details, chairId: chair.id } });
    expect(ids(await search({ type: 'review' }))).toEqual([other.id]);
    expect(ids(await search({ type: 'initial' }))).toEqual([prices.id]);
    expect(ids(await search({ chairId: chair.id }))).toEqual([other.id]);
    expect(ids(await search({ status: 'finalised' }))).toEqual([]);
    expect(ids(await search({ status: 'draft', text: 'Kestrel' }))).toEqual([other.id]);
    expect(ids(await search({ type: 'initial', text: 'Kestrel' }))).toEqual([]);

    // The strategy discussion 30 days ago: the initial conference is overdue.
    app.db.prepare('UPDATE conference SET trigger_date = ? WHERE id = ?').run(dayFrom(-30), prices.id);
    const overdue = await search({ due: 'overdue' });
    expect(ids(overdue)).toEqual([prices.id]);
    expect(overdue.results[0]?.conference.attention).toMatchObject({ status: 'overdue', label: 'Conference held' });
    expect(ids(await search({ due: 'due-soon' }))).toEqual([]);
    expect(ids(await search({ due: 'due-soon-or-overdue' }))).toEqual([prices.id]);
  });

  it('lists by the filters alone when no words are given: upcoming soonest first, then the most recent, a page at a time', async () => {
    const made: Record<string, string> = {};
    for (const offset of [30, -5, 3, -40, 12]) {
      made[offset] = (await ok(app, 'createConference', anInitialConference({ scheduledDate: dayFrom(offset) }))).id;
    }
    const all = await search({});
    expect(ids(all)).toEqual([made[3], made[12], made[30], made[-5], made[-40]]);
    expect(all).toMatchObject({ total: 5, more: false, offset: 0 });
    const second = await search({ offset: 2, limit: 2 });
    expect(ids(second)).toEqual([made[30], made[-5]]);
    expect(second.total).toBe(5);
  });

  it('finds restricted contributions only in professionals’ search, marked, and never with familySafe', async () => {
    const { prices } = await twoFamilies();
    await say(prices, 'The police investigation into the burglary continues.', { level: 'not-for-family', reason: 'police-investigation' });
    const members = (await ok(app, 'addFamilyMember', {
      conferenceId: prices.id,
      member: { kind: 'parent-or-carer', givenName: 'Jordan', familyName: 'Mills', livesInHousehold: false },
    })).familyMembers;
    await say(prices, 'A refuge placement was discussed for the burglary victim.', { level: 'not-for-named', reason: 'risk', familyMemberIds: [members[0]?.id] });
    await say(prices, 'The family know about the burglary next door.');

    const professional = await search({ text: 'burglary' });
    expect(professional.results[0]?.matches.map((m) => m.restrictionLevel).sort()).toEqual(['none', 'not-for-family', 'not-for-named']);

    const familySafe = await search({ text: 'burglary', familySafe: true });
    expect(familySafe.results[0]?.matches).toEqual([expect.objectContaining({ restrictionLevel: 'none', text: 'The family know about the burglary next door.' })]);
    expect(ids(await search({ text: 'investigation', familySafe: true }))).toEqual([]);
    expect(ids(await search({ text: 'refuge', familySafe: true }))).toEqual([]);
    expect(ids(await search({ text: 'investigation' }))).toEqual([prices.id]);
  });

  it('issue 13: family-safe search never matches what was said in a closed part of the meeting, even when its own marking was left open', async () => {
    const { prices } = await twoFamilies();
    await ok(app, 'saveRestrictedPart', { id: randomUUID(), conferenceId: prices.id, reason: 'police-investigation', startedAt: '10:00', endedAt: '10:10', whoLeftIds: [] });
    await say(prices, 'The allotment shed was searched by officers.');
    expect(ids(await search({ text: 'allotment' }))).toEqual([prices.id]);
    expect(ids(await search({ text: 'allotment', familySafe: true }))).toEqual([]);
  });

  it('stays in step with the record: edits, a change of restriction, and removals', async () => {
    const { prices, other } = await twoFamilies();
    const id = await say(prices, 'The tenancy is secure.');
    expect(ids(await search({ text: 'tenancy' }))).toEqual([prices.id]);

    // An edit: the old words go, the new ones are found.
    await ok(app, 'saveContribution', { id, conferenceId: prices.id, agendaItemId: prices.agenda[0]?.id, speaker: { kind: 'chair' }, kind: 'information', text: 'Rent arrears are growing.', spokenAt: '10:05' });
    expect(ids(await search({ text: 'tenancy' }))).toEqual([]);
    expect(ids(await search({ text: 'arrears' }))).toEqual([prices.id]);

    // Marked restricted after all: gone from the family-safe search at once.
    await ok(app, 'saveContribution', {
      id, conferenceId: prices.id, agendaItemId: prices.agenda[0]?.id, speaker: { kind: 'chair' }, kind: 'information', text: 'Rent arrears are growing.', spokenAt: '10:05',
      restriction: { level: 'not-for-family', reason: 'third-party' },
    });
    expect(ids(await search({ text: 'arrears', familySafe: true }))).toEqual([]);
    expect((await search({ text: 'arrears' })).results[0]?.matches[0]?.restrictionLevel).toBe('not-for-family');

    // A child renamed and a child removed.
    const kestrel = other.children[0];
    await ok(app, 'addChild', { conferenceId: other.id, child: { givenName: 'Linden', familyName: 'Testwood', dateOfBirth: '2020-02-02' } });
    await ok(app, 'updateChild', { childId: kestrel?.id, child: { givenName: 'Juniper', familyName: 'Testwood', dateOfBirth: '2019-05-01' } });
    expect(ids(await search({ text: 'Kestrel' }))).toEqual([]);
    expect(ids(await search({ text: 'Juniper' }))).toEqual([other.id]);
    await ok(app, 'removeChild', { childId: kestrel?.id });
    expect(ids(await search({ text: 'Juniper' }))).toEqual([]);
    expect(ids(await search({ text: 'Linden' }))).toEqual([other.id]);

    // The index holds exactly one entry per searchable record, no strays.
    const strays = app.db
      .prepare(
        `SELECT count(*) FROM search_entry e WHERE NOT EXISTS (SELECT 1 FROM child WHERE id = e.entity_id) AND NOT EXISTS (SELECT 1 FROM family_member WHERE id = e.entity_id)
           AND NOT EXISTS (SELECT 1 FROM conference WHERE id = e.entity_id) AND NOT EXISTS (SELECT 1 FROM contribution WHERE id = e.entity_id)`,
      )
      .pluck()
      .get();
    expect(strays).toBe(0);
  });

  it('never fails on text that is FTS5 syntax, and finds the words inside it', async () => {
    const { prices } = await twoFamilies();
    await say(prices, 'Mum said the NEAR miss with the car was frightening.');
    for (const text of ['"', '*', 'NEAR(', '-', '"Ruby', 'Ruby*', 'AND', 'OR NOT', 'body:Ruby', '^Ruby', '(', ')', '{}', ':', "'; DROP TABLE child; --", '\u0000', '🙂', 'a'.repeat(200), 'NEAR(miss car, 2)', 'Ruby -Price']) {
      const result = await app.dispatch('searchCaseload', { text }, { trustedSender: true });
      expect(result.ok, JSON.stringify(text)).toBe(true);
    }
    expect(ids(await search({ text: '"Ruby' }))).toEqual([prices.id]);
    expect(ids(await search({ text: 'NEAR(miss' }))).toEqual([prices.id]);
    expect(app.db.prepare('SELECT count(*) FROM child').pluck().get()).toBe(4);
  });

  it('refuses what is not a search, clearly', async () => {
    expect((await refused(app, 'searchCaseload', { text: 'x'.repeat(201) })).kind).toBe('validation');
    expect((await refused(app, 'searchCaseload', { status: 'secret' })).kind).toBe('validation');
    expect((await refused(app, 'searchCaseload', { limit: 5000 })).kind).toBe('validation');
    expect((await refused(app, 'searchCaseload', { chairId: 'Sam' })).kind).toBe('validation');
    expect((await refused(app, 'searchCaseload', { sql: 'x' })).kind).toBe('validation');
  });
});
