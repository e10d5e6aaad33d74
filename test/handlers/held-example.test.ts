import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../shared/conference/details';
import { startTestApplication } from '../support/app';
import { ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
beforeAll(() => {
  app = startTestApplication();
});
afterAll(() => app.dispose());

describe('issue 15: the example loaded held, and finalised in the profile’s name', () => {
  let held: ConferenceDetail;
  beforeAll(async () => {
    held = await ok(app, 'loadExampleConference', { stage: 'held' });
  });

  it('is held when it was booked, and being written up', () => {
    expect(held).toMatchObject({ status: 'held', held: { date: '2026-03-19', time: '10:00' } });
  });

  it('has its deadlines after the meeting, counted in working days from the day it was held', () => {
    const due = Object.fromEntries(held.deadlines.map((d) => [d.key, d.dueTime ? `${d.due} ${d.dueTime}` : d.due]));
    expect(due).toMatchObject({
      conference: '2026-03-23',
      'decision-letter': '2026-03-20',
      record: '2026-04-13',
      'first-core-group': '2026-04-02',
      'dissent-window': '2026-03-22 10:00',
    });
    // Its plan sets the first review for 4 June, brought forward; the timescale itself is 19 June.
    expect(due['next-review']).toBe('2026-06-19');
    expect(held.deadlines.find((d) => d.key === 'conference')?.status).toBe('done');
  });

  it('shows on the home screen as held, with its most pressing deadline after the meeting', async () => {
    const summary = (await ok(app, 'listConferences', {})).find((c) => c.id === held.id);
    expect(summary?.status).toBe('held');
    expect(summary?.attention?.label).not.toBe('Conference held');
    const overdue = await ok(app, 'searchCaseload', { due: 'overdue', status: 'held' });
    expect(overdue.results.map((r) => r.conference.id)).toContain(held.id);
  });

  it('is finalised in the name of the person in the profile, never the fallback or the login', async () => {
    await ok(app, 'saveProfile', { profile: { name: 'Nadia Okonjo', role: 'chair' } });
    const finalised = await ok(app, 'finaliseConference', { conferenceId: held.id });
    expect(finalised.finalisedBy).toBe('Nadia Okonjo');
    const history = await ok(app, 'getConferenceHistory', { conferenceId: held.id });
    expect(history.at(-1)?.actor).toBe('Nadia Okonjo');
    expect(history.some((event) => event.actor === 'test-user')).toBe(true); // before the profile was set up
  });

  it('refuses a profile without a name or with an unknown role, changing nothing', async () => {
    expect((await refused(app, 'saveProfile', { profile: { name: '  ', role: 'chair' } })).fields).toHaveProperty(['profile.name']);
    expect((await refused(app, 'saveProfile', { profile: { name: 'Someone', role: 'manager' } })).kind).toBe('validation');
    expect((await refused(app, 'saveProfile', { profile: { name: 'x'.repeat(101), role: 'chair' } })).kind).toBe('validation');
    expect(await ok(app, 'getProfile', {})).toMatchObject({ name: 'Nadia Okonjo', role: 'chair' });
  });
});
