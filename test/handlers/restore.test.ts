import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER } from '../../db/backup';
import { countRecords, listRestoreRecords } from '../../db/restore/queries';
import { startTestApplication } from '../support/app';
import { anInitialConference } from '../support/builders';
import { ok, refused } from '../support/calls';

let app: ReturnType<typeof startTestApplication>;
afterEach(() => app.dispose());

const conferenceIds = () => app.db.prepare('SELECT id FROM conference ORDER BY id').pluck().all();
const lastAuditEvent = () => app.db.prepare('SELECT actor, action, entity, entity_id AS entityId FROM audit_event ORDER BY seq DESC LIMIT 1').get();

/** A backup with one draft conference, then a finalised conference made after it. */
async function backupThenFinalised() {
  app = startTestApplication();
  await ok(app, 'createConference', anInitialConference());
  const [backup] = await ok(app, 'backupNow', {});
  if (!backup) throw new Error('no backup made');
  const backupCounts = countRecords(app.db);
  await ok(app, 'loadExampleConference', { stage: 'finalised' });
  return { backup, backupCounts: { ...backupCounts, auditEvents: backupCounts.auditEvents - 1 } }; // the backup's own audit event came after the copy
}

describe('restoring a backup', () => {
  it('issue 14 item 4: a restore is recorded in the audit trail with counts before and after, in the restored database', async () => {
    const { backup, backupCounts } = await backupThenFinalised();
    const before = countRecords(app.db);
    expect(before).toMatchObject({ conferences: 2, finalisedConferences: 1 });

    await ok(app, 'restoreBackup', { name: backup.name, confirmation: 'RESTORE' });

    expect(lastAuditEvent()).toEqual({ actor: 'test-user', action: 'restore', entity: 'backup', entityId: backup.name });
    const [record] = listRestoreRecords(app.db);
    expect(record).toEqual({
      id: expect.any(String),
      restoredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      restoredBy: 'test-user',
      backupName: backup.name,
      backupMadeAt: backup.createdAt,
      keptCopyName: expect.stringMatching(/^confer-before-restore-\d{8}-\d{6}(-\d+)?\.sqlite$/),
      before,
      after: backupCounts,
      finalisedConferencesRemoved: 1,
      auditEventsRemoved: before.auditEvents - backupCounts.auditEvents,
      confirmedByTyping: true,
    });
    // The restored trail is the backup's plus this restore.
    expect(countRecords(app.db)).toEqual({ ...backupCounts, auditEvents: backupCounts.auditEvents + 1 });

    // Restoring the same backup again does not erase the first restore's record: it is carried over.
    await ok(app, 'restoreBackup', { name: backup.name, confirmation: 'RESTORE' });
    expect(listRestoreRecords(app.db).map((r) => r.backupName)).toEqual([backup.name, backup.name]);
    expect(app.db.prepare("SELECT count(*) FROM audit_event WHERE action = 'restore'").pluck().get()).toBe(1);
  });

  it('issue 14 item 4: the copy from before a restore is kept outside rotation, listed apart, until the user removes it', async () => {
    const { backup } = await backupThenFinalised();
    const finalisedHere = conferenceIds();
    await ok(app, 'restoreBackup', { name: backup.name, confirmation: 'RESTORE' });
    const [kept] = (await ok(app, 'listBackups', {})).filter((b) => b.kind === 'before-restore');
    if (!kept) throw new Error('no copy kept');

    // Far more backups than rotation keeps: the copy stays.
    for (let i = 0; i < 7; i++) await ok(app, 'backupNow', {});
    const listed = await ok(app, 'listBackups', {});
    expect(listed.filter((b) => b.kind === 'backup')).toHaveLength(5);
    expect(listed.filter((b) => b.kind === 'before-restore').map((b) => b.name)).toEqual([kept.name]);
    expect(listed.find((b) => b.name === backup.name)).toBeUndefined(); // the backup itself was rotated away

    // The copy undoes the restore: the finalised conference is back.
    await ok(app, 'restoreBackup', { name: kept.name, confirmation: 'RESTORE' });
    expect(conferenceIds()).toEqual(finalisedHere);
    expect(listRestoreRecords(app.db)).toHaveLength(2);

    // Removed only on request, and the removal is audited.
    const copies = (await ok(app, 'listBackups', {})).filter((b) => b.kind === 'before-restore');
    expect(copies).toHaveLength(2);
    const after = await ok(app, 'removeKeptCopy', { name: kept.name });
    expect(after.map((b) => b.name)).not.toContain(kept.name);
    expect(existsSync(join(app.dataDir, BACKUP_FOLDER, kept.name))).toBe(false);
    expect(lastAuditEvent()).toEqual({ actor: 'test-user', action: 'delete', entity: 'backup', entityId: kept.name });
    // Only kept copies are removed this way; backups are left to rotation.
    const [newest] = after;
    expect((await refused(app, 'removeKeptCopy', { name: newest?.name })).kind).toBe('validation');
    expect((await refused(app, 'removeKeptCopy', { name: kept.name })).kind).toBe('conflict');
  });

  it('issue 14 item 4: a restore that would remove finalised conferences or audit events shows the counts and needs RESTORE typed, enforced by the handler', async () => {
    const { backup, backupCounts } = await backupThenFinalised();
    const now = countRecords(app.db);
    const preview = await ok(app, 'previewRestore', { name: backup.name });
    expect(preview).toEqual({
      name: backup.name,
      createdAt: backup.createdAt,
      now,
      backup: backupCounts,
      finalisedConferencesRemoved: 1,
      auditEventsRemoved: now.auditEvents - backupCounts.auditEvents,
      needsTypedConfirmation: true,
    });

    for (const confirmation of [undefined, '', 'restore please', 'yes']) {
      const error = await refused(app, 'restoreBackup', { name: backup.name, ...(confirmation === undefined ? {} : { confirmation }) });
      expect(error).toMatchObject({ kind: 'validation', fields: { confirmation: expect.stringContaining('Type RESTORE to confirm') } });
      expect(error.message).toContain('1 finalised conference and');
    }
    // Nothing happened: the same records, and no copy made.
    expect(countRecords(app.db)).toEqual(now);
    expect((await ok(app, 'listBackups', {})).filter((b) => b.kind === 'before-restore')).toEqual([]);

    await ok(app, 'restoreBackup', { name: backup.name, confirmation: ' RESTORE ' });
    expect(countRecords(app.db).finalisedConferences).toBe(0);
  });

  it('issue 14 item 4: a restore that removes nothing needs no typed word', async () => {
    app = startTestApplication();
    await ok(app, 'loadExampleConference', { stage: 'finalised' });
    // An automatic backup: no audit event of its own, so the live database holds nothing it lacks.
    const automatic = app.backups.create();
    const preview = await ok(app, 'previewRestore', { name: automatic.name });
    expect(preview).toMatchObject({ finalisedConferencesRemoved: 0, auditEventsRemoved: 0, needsTypedConfirmation: false });
    await ok(app, 'restoreBackup', { name: automatic.name });
    expect(listRestoreRecords(app.db)).toMatchObject([{ confirmedByTyping: false, finalisedConferencesRemoved: 0, auditEventsRemoved: 0 }]);
  });

  it('keeps this computer’s passphrase, not the one in the backup', async () => {
    app = startTestApplication();
    await ok(app, 'setPassphrase', { passphrase: 'kettle harbour violet' });
    const automatic = app.backups.create();
    await ok(app, 'changePassphrase', { currentPassphrase: 'kettle harbour violet', passphrase: 'lantern meadow copper' });
    await ok(app, 'restoreBackup', { name: automatic.name, confirmation: 'RESTORE' });
    await ok(app, 'lock', {});
    expect((await refused(app, 'unlock', { passphrase: 'kettle harbour violet' })).kind).toBe('validation');
    expect(await ok(app, 'unlock', { passphrase: 'lantern meadow copper' })).toMatchObject({ locked: false });
  });
});
