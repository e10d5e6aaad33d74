import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { CALL_NAMES } from '../../shared/contract/contract';
import { CALLS_IN_FAMILY_MODE } from '../../shared/feedback/schema';
import { trusted } from '../support/app';
import { ok, refused } from '../support/calls';
import { adeyemiConference } from '../support/family-side';
import { makeTempDir } from '../support/temp-dir';

const PASSPHRASE = 'lantern orchard pebble';
let app: Application;
let dir: ReturnType<typeof makeTempDir>;
let key: Buffer;
let clock = new Date('2026-03-19T12:00:00Z');

function start() {
  app = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0, now: () => clock, appLock: true });
}
function fresh() {
  dir = makeTempDir();
  key = randomBytes(32);
  clock = new Date('2026-03-19T12:00:00Z');
  start();
}
afterEach(() => {
  app.close();
  dir.remove();
});

const NO_ANSWERS = { knew_why: null, saw_reports_in_time: null, listened_to: null, understood_decision: null, know_what_happens_next: null, had_support: null };

async function inFamilyMode() {
  fresh();
  await ok(app, 'setPassphrase', { passphrase: PASSPHRASE });
  const family = await adeyemiConference(app);
  const other = await adeyemiConference(app);
  expect(await ok(app, 'startFamilyMode', { conferenceId: family.conferenceId })).toMatchObject({ active: true, conferenceId: family.conferenceId });
  return { family, other };
}

describe('issue 17 item 2: family mode', () => {
  it('cannot start without a passphrase, as nobody could leave it', async () => {
    fresh();
    const family = await adeyemiConference(app);
    expect(await refused(app, 'startFamilyMode', { conferenceId: family.conferenceId })).toMatchObject({ kind: 'conflict', message: expect.stringContaining('passphrase') });
    expect(await ok(app, 'getFamilyMode', {})).toEqual({ active: false, conferenceId: null, startedAt: null });
  });

  it('refuses every call but the feedback form’s, the lock’s and leaving, whatever is asked', async () => {
    const { family } = await inFamilyMode();
    const allowed = new Set<string>(CALLS_IN_FAMILY_MODE);
    for (const name of CALL_NAMES.filter((call) => !allowed.has(call))) {
      const result = await app.dispatch(name, { conferenceId: family.conferenceId }, trusted);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error, name).toMatchObject({ kind: 'locked', message: expect.stringContaining('family mode') });
    }
    // The record stays closed even for the conference the family is answering about.
    expect((await refused(app, 'getConference', { conferenceId: family.conferenceId })).kind).toBe('locked');
    expect((await ok(app, 'getFeedbackForm', { conferenceId: family.conferenceId })).familyMode).toBe(true);
    expect((await ok(app, 'getLockState', {})).locked).toBe(false);
  });

  it('takes answers in turn for its own conference only, on the laptop, dated today', async () => {
    const { family, other } = await inFamilyMode();
    const answer = { conferenceId: family.conferenceId, respondent: 'young-person', how: 'from-paper', givenOn: '2026-01-01', answers: { ...NO_ANSWERS, knew_why: 2 } };
    await ok(app, 'recordFeedback', answer);
    await ok(app, 'recordFeedback', { ...answer, respondent: 'parent-or-carer', familyMemberId: family.grace });
    const rows = app.db.prepare('SELECT how, given_on, family_member_id FROM family_feedback ORDER BY recorded_at').all();
    expect(rows).toEqual([
      { how: 'on-the-laptop', given_on: '2026-03-19', family_member_id: null },
      { how: 'on-the-laptop', given_on: '2026-03-19', family_member_id: family.grace },
    ]);
    expect((await refused(app, 'recordFeedback', { ...answer, conferenceId: other.conferenceId })).kind).toBe('locked');
    expect((await refused(app, 'getFeedbackForm', { conferenceId: other.conferenceId })).kind).toBe('locked');
  });

  it('survives closing and opening Confer again', async () => {
    const { family } = await inFamilyMode();
    app.close();
    start();
    expect(await ok(app, 'getFamilyMode', {})).toMatchObject({ active: true, conferenceId: family.conferenceId });
    expect((await refused(app, 'listConferences', {})).kind).toBe('locked');
  });

  it('only the passphrase leaves it: none, a wrong one (counted towards the pause) and then the right one', async () => {
    const { family } = await inFamilyMode();
    expect((await refused(app, 'leaveFamilyMode', {})).kind).toBe('validation');
    expect((await refused(app, 'leaveFamilyMode', { passphrase: '' })).kind).toBe('validation');
    expect(await refused(app, 'leaveFamilyMode', { passphrase: 'lantern orchard' })).toMatchObject({ kind: 'validation', fields: { passphrase: expect.stringContaining('not right') } });
    expect((await ok(app, 'getFamilyMode', {})).active).toBe(true);
    for (let i = 0; i < 4; i++) await refused(app, 'leaveFamilyMode', { passphrase: `wrong ${i}` });
    // The fifth wrong one in a row pauses, even the right one, as at the lock screen.
    expect(await refused(app, 'leaveFamilyMode', { passphrase: PASSPHRASE })).toMatchObject({ kind: 'locked', message: expect.stringContaining('Wait') });
    clock = new Date(clock.getTime() + 31_000);
    expect(await ok(app, 'leaveFamilyMode', { passphrase: PASSPHRASE })).toEqual({ active: false, conferenceId: null, startedAt: null });
    expect((await ok(app, 'getConference', { conferenceId: family.conferenceId })).id).toBe(family.conferenceId);
    const history = await ok(app, 'getConferenceHistory', { conferenceId: family.conferenceId });
    expect(history.filter((event) => event.entity === 'family-mode').length).toBe(2);
  });

  it('the idle lock still applies; unlocking returns to family mode, not to the record', async () => {
    const { family } = await inFamilyMode();
    clock = new Date(clock.getTime() + 11 * 60_000);
    expect((await refused(app, 'getFeedbackForm', { conferenceId: family.conferenceId })).kind).toBe('locked');
    await ok(app, 'unlock', { passphrase: PASSPHRASE });
    expect((await ok(app, 'getFamilyMode', {})).active).toBe(true);
    expect((await refused(app, 'getConference', { conferenceId: family.conferenceId })).message).toContain('family mode');
  });
});
