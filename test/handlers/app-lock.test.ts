import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { trusted } from '../support/app';
import { makeTempDir } from '../support/temp-dir';

let app: Application;
let dir: ReturnType<typeof makeTempDir>;
let clock = new Date('2026-03-19T09:00:00Z');
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

function start(appLock = true) {
  dir = makeTempDir();
  clock = new Date('2026-03-19T09:00:00Z');
  app = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key: randomBytes(32), backupEveryHours: 0, now: () => clock, appLock });
}
afterEach(() => {
  app.close();
  dir.remove();
});

const call = (name: string, input: unknown = {}) => app.dispatch(name, input, trusted);

describe('the app lock', () => {
  it('asks for a passphrase on first run', async () => {
    start();
    expect(await call('getLockState')).toEqual({ ok: true, value: { needsPassphrase: true, locked: false, idleMinutes: 10 } });
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

  it('cannot change the passphrase while locked', async () => {
    start();
    await call('setPassphrase', { passphrase: 'kettle harbour violet' });
    await call('lock');
    expect(await call('setPassphrase', { passphrase: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { kind: 'locked' } });
  });

  it('is off in the development web host when asked', async () => {
    start(false);
    expect(await call('getLockState')).toMatchObject({ ok: true, value: { needsPassphrase: false } });
    await call('lock');
    expect((await call('listConferences')).ok).toBe(true);
  });
});
