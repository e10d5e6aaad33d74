import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, listBackups, rotateBackups } from '../../db/backup';
import { startTestApplication } from '../support/app';
import { ok, refused } from '../support/calls';
import { anInitialConference } from '../support/builders';
import { giveInterpreterNeed } from '../support/interpreter-need';
import { aPng, base64 } from '../support/logo-files';
import { makeTempDir } from '../support/temp-dir';

let app: ReturnType<typeof startTestApplication>;
afterEach(() => app.dispose());

describe('backups', () => {
  it('round trip: back up, change, restore, and the data is as it was', async () => {
    app = startTestApplication();
    const first = await ok(app, 'createConference', anInitialConference());
    const [backup] = await ok(app, 'backupNow', {});
    await ok(app, 'createConference', anInitialConference({ scheduledDate: '2026-06-04' }));
    expect(await ok(app, 'listConferences', {})).toHaveLength(2);

    const afterRestore = await ok(app, 'restoreBackup', { name: backup?.name, confirmation: 'RESTORE' });
    expect((await ok(app, 'listConferences', {})).map((c) => c.id)).toEqual([first.id]);
    // The data from just before the restore was kept too, in case the restore was a mistake.
    expect(afterRestore.length).toBe(2);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('carry the letterhead and the interpreters (issue 15): restored as they were backed up', async () => {
    app = startTestApplication();
    const conference = await ok(app, 'loadExampleConference', { stage: 'held' });
    const memberId = await giveInterpreterNeed(app, conference);
    await ok(app, 'saveInterpreter', { conferenceId: conference.id, familyMemberId: memberId, booked: true, name: 'Selam Haile' });
    const identity = await ok(app, 'saveAuthorityIdentity', { name: 'Hartwell Borough Council', address: 'Town Hall', phone: '01632 960 123', logo: { data: base64(aPng()), alt: 'Hartwell crest' } });
    const interpreters = (await ok(app, 'getCapture', { conferenceId: conference.id })).interpreters;
    const [backup] = await ok(app, 'backupNow', {});
    await ok(app, 'saveAuthorityIdentity', { name: 'Changed after the backup' });
    await ok(app, 'saveInterpreter', { conferenceId: conference.id, familyMemberId: memberId, booked: false });
    await ok(app, 'restoreBackup', { name: backup?.name, confirmation: 'RESTORE' });
    expect((await ok(app, 'getAuthorityIdentity', {})).identity).toEqual(identity.identity);
    expect((await ok(app, 'getCapture', { conferenceId: conference.id })).interpreters).toEqual(interpreters);
    expect(interpreters[0]).toMatchObject({ preferences: 'a woman, never a family member', booked: true, name: 'Selam Haile' });
  });

  it('are encrypted: no family name in the backup file', async () => {
    app = startTestApplication();
    await ok(app, 'loadExampleConference', {});
    const [backup] = await ok(app, 'backupNow', {});
    const bytes = readFileSync(join(app.dataDir, BACKUP_FOLDER, backup?.name ?? '')).toString('latin1');
    for (const name of ['Danielle', 'Ruby', 'Price', 'Mills']) expect(bytes).not.toContain(name);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    app = startTestApplication();
    await ok(app, 'createConference', anInitialConference());
    const [backup] = await ok(app, 'backupNow', {});
    const file = join(app.dataDir, BACKUP_FOLDER, backup?.name ?? '');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 8192, 12288);
    writeFileSync(file, bytes);
    await ok(app, 'createConference', anInitialConference({ scheduledDate: '2026-06-04' }));
    const error = await refused(app, 'restoreBackup', { name: backup?.name });
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/damaged|cannot be opened/);
    expect(await ok(app, 'listConferences', {})).toHaveLength(2);
  });

  it('refuses a name that is not a backup', async () => {
    app = startTestApplication();
    expect((await refused(app, 'restoreBackup', { name: '../confer.sqlite' })).kind).toBe('validation');
    expect((await refused(app, 'restoreBackup', { name: 'confer-20260101-000000.sqlite' })).kind).toBe('conflict');
  });

  it('list the newest first, even two made in the same second', () => {
    app = startTestApplication();
    const folder = makeTempDir();
    for (const name of ['confer-20260320-090000.sqlite', 'confer-20260320-090000-2.sqlite', 'confer-20260320-090000-10.sqlite', 'confer-20260319-170000.sqlite']) {
      writeFileSync(join(folder.path, name), '');
    }
    expect(listBackups(folder.path).map((b) => b.name)).toEqual([
      'confer-20260320-090000-10.sqlite',
      'confer-20260320-090000-2.sqlite',
      'confer-20260320-090000.sqlite',
      'confer-20260319-170000.sqlite',
    ]);
    folder.remove();
  });

  it('are rotated: the newest few and one a day for two weeks', () => {
    app = startTestApplication();
    const folder = makeTempDir();
    for (let day = 1; day <= 20; day++) {
      for (const hour of ['09', '13', '17']) {
        writeFileSync(join(folder.path, `confer-202603${String(day).padStart(2, '0')}-${hour}0000.sqlite`), '');
      }
    }
    rotateBackups(folder.path, new Date('2026-03-20T18:00:00Z'));
    const kept = listBackups(folder.path).map((b) => b.name);
    expect(kept.slice(0, 5)).toEqual([
      'confer-20260320-170000.sqlite',
      'confer-20260320-130000.sqlite',
      'confer-20260320-090000.sqlite',
      'confer-20260319-170000.sqlite',
      'confer-20260319-130000.sqlite',
    ]);
    expect(kept).toContain('confer-20260306-170000.sqlite');
    expect(kept).not.toContain('confer-20260305-170000.sqlite');
    expect(kept).toHaveLength(5 + 13);
    folder.remove();
  });
});
