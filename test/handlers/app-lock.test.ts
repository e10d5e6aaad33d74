import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { trusted } from '../support/app';
import { makeTempDir } from '../support/temp-dir';

let app: Application;
let dir: ReturnType<typeof makeTempDir>;
let key: Buffer;
let clock = new Date('2026-03-19T09:00:00Z');
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

function start(appLock = true) {
  dir = makeTempDir();
  key = randomBytes(32);
  clock = new Date('2026-03-19T09:00:00Z');
  app = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0, now: () => clock, appLock });
}

/** Closes Confer and opens it again on the same data, as after a crash or a restart of the laptop. */
function restart() {
  app.close();
  app = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key, backupEveryHours: 0, now: () => clock, appLock: true });
}
afterEach(() => {
  app.close();
  dir.remove();
});

const call = (name: string, input: unknown = {}) => app.dispatch(name, input, trusted);

describe('the app lock', () => {
  it('asks for a passphrase on first run', async () => {
    start();
    expect(await call('getLockState')).toEqual({ ok: true, value: { needsPassphrase: true, hasPassphrase: false, locked: false, idleMinutes: 10 } });
    expect((await call('setPassphrase', { passphrase: 'short' })).ok).toBe(false);
    expect(await call('setPassphrase', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true, value: { needsPassphrase: false, locked: false } });
  });

  it('locks after the authority’s idle time and refuses everything until unlocked', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    advance(5);
    expect((await call('listConferences')).ok).toBe(true);
    advance(11);
    expect(await call('listConferences')).toEqual({ ok: false, error: { kind: 'locked', message: expect.stringContaining('locked') } });
    expect(await call('getLockState')).toMatchObject({ ok: true, value: { locked: true } });
    const wrong = await call('unlock', { passphrase: 'kettle harbour' });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'validation', fields: { passphrase: expect.stringContaining('not right') } } });
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true, value: { locked: false } });
    expect((await call('listConferences')).ok).toBe(true);
  });

  it('the minutes screen’s polling does not hold the idle lock off; the person using the window does', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    const conference = await call('loadExampleConference', {});
    if (!conference.ok) throw new Error('The example did not load.');
    const conferenceId = (conference.value as { id: string }).id;
    // A window left open on the minutes keeps polling every few seconds…
    for (let minute = 1; minute <= 9; minute++) {
      advance(1);
      expect((await call('getCapture', { conferenceId })).ok).toBe(true);
    }
    advance(2);
    // …and still locks once nobody has used it for the idle time.
    expect(await call('getCapture', { conferenceId })).toMatchObject({ ok: false, error: { kind: 'locked' } });
    await call('unlock', { passphrase: 'kettle harbour violet' });
    // Someone reading the minutes, with only the poll calling, says now and then that they are there.
    for (let minute = 1; minute <= 15; minute++) {
      advance(1);
      if (minute % 5 === 0) expect((await call('noteUse')).ok).toBe(true);
      expect((await call('getCapture', { conferenceId })).ok).toBe(true);
    }
  });

  it('follows the authority’s setting', async () => {
    start();
    await call('updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, idleLockMinutes: 2 } });
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    advance(3);
    expect(await call('listConferences')).toMatchObject({ ok: false, error: { kind: 'locked' } });
  });

  it('locks at once when asked, and pauses after five wrong passphrases', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    await call('lock');
    expect((await call('listConferences')).ok).toBe(false);
    for (let i = 0; i < 5; i++) await call('unlock', { passphrase: 'guess number ' + i });
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: false, error: { kind: 'locked', message: expect.stringContaining('Wait 30 seconds') } });
    advance(1);
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true });
  });

  it('pauses twice as long after each further five wrong passphrases, up to 15 minutes, and starts again after the right one', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    await call('lock');
    const waitAfterFiveMore = async () => {
      for (let i = 0; i < 5; i++) await call('unlock', { passphrase: 'guess number ' + i });
      const refusal = await call('unlock', { passphrase: 'kettle harbour violet' });
      if (refusal.ok) throw new Error('The right passphrase was let in during a pause.');
      return refusal.error.message.match(/Wait (.+), then/)?.[1];
    };
    const waits: (string | undefined)[] = [];
    for (let round = 0; round < 7; round++) {
      waits.push(await waitAfterFiveMore());
      advance(16);
    }
    expect(waits).toEqual(['30 seconds', '60 seconds', '2 minutes', '4 minutes', '8 minutes', '15 minutes', '15 minutes']);
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true });
    await call('lock');
    expect(await waitAfterFiveMore()).toBe('30 seconds');
  });

  it('cannot change the passphrase while locked', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    await call('lock');
    expect(await call('changePassphrase', { currentPassphrase: 'kettle harbour violet', passphrase: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { kind: 'locked' } });
    expect(await call('setPassphrase', { passphrase: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true });
  });

  it('issue 14 item 9: changing the passphrase needs the current one, and a wrong one counts as a wrong attempt', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    // Setting a passphrase again, without the current one, is refused and changes nothing.
    expect(await call('setPassphrase', { passphrase: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('current one') } });
    expect(await call('changePassphrase', { passphrase: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { kind: 'validation', fields: { currentPassphrase: 'Enter your current passphrase.' } } });
    for (let i = 0; i < 4; i++) {
      expect(await call('changePassphrase', { currentPassphrase: `guess number ${i}`, passphrase: 'a brand new passphrase' })).toMatchObject({
        ok: false,
        error: { kind: 'validation', fields: { currentPassphrase: expect.stringContaining('not the current passphrase') } },
      });
    }
    await call('lock');
    expect(await call('unlock', { passphrase: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    // That was the fifth wrong passphrase: even the right one waits now.
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: false, error: { kind: 'locked', message: expect.stringContaining('Wait 30 seconds') } });
    advance(1);
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true, value: { locked: false } });

    expect(await call('changePassphrase', { currentPassphrase: 'kettle harbour violet', passphrase: 'a brand new passphrase' })).toMatchObject({ ok: true, value: { locked: false } });
    await call('lock');
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await call('unlock', { passphrase: 'a brand new passphrase' })).toMatchObject({ ok: true, value: { locked: false } });
    const audit = app.db.prepare("SELECT action, actor FROM audit_event WHERE entity = 'app-lock-passphrase' ORDER BY seq").all();
    expect(audit).toEqual([
      { action: 'create', actor: 'test-user' },
      { action: 'update', actor: 'test-user' },
    ]);
  });

  it('issue 14 item 9: the wrong passphrases, the pause after five and the lock itself survive a restart', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    await call('lock');
    for (let i = 0; i < 3; i++) await call('unlock', { passphrase: `guess number ${i}` });

    restart();
    expect(await call('getLockState')).toMatchObject({ ok: true, value: { locked: true } });
    expect(await call('listConferences')).toMatchObject({ ok: false, error: { kind: 'locked' } });
    for (let i = 3; i < 5; i++) expect(await call('unlock', { passphrase: `guess number ${i}` })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: false, error: { kind: 'locked', message: expect.stringContaining('Wait 30 seconds') } });

    advance(0.25);
    restart();
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: false, error: { kind: 'locked', message: expect.stringContaining('Wait 15 seconds') } });
    advance(0.5);
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true, value: { locked: false } });
    restart();
    expect(await call('getLockState')).toMatchObject({ ok: true, value: { locked: false } });
    // The count starts again after the right passphrase: four wrong ones do not pause.
    await call('lock');
    for (let i = 0; i < 4; i++) await call('unlock', { passphrase: `guess number ${i}` });
    expect(await call('unlock', { passphrase: 'kettle harbour violet' })).toMatchObject({ ok: true });
  });

  it('is off in the development web host when asked', async () => {
    start(false);
    expect(await call('getLockState')).toMatchObject({ ok: true, value: { needsPassphrase: false } });
    await call('lock');
    expect((await call('listConferences')).ok).toBe(true);
  });
});
