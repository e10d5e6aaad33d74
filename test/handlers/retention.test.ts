import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApplication, type Application } from '../../electron/handlers/app';
import { silentLogger } from '../../electron/log/logger';
import type { ConferenceDetail } from '../../shared/conference/details';
import { DEFAULT_AUTHORITY_SETTINGS } from '../../shared/authority/settings';
import { trusted } from '../support/app';
import { ok, refused } from '../support/calls';
import { anInitialConference } from '../support/builders';
import { makeTempDir } from '../support/temp-dir';

let app: Application;
let dir: ReturnType<typeof makeTempDir>;
let clock: Date;
let example: ConferenceDetail;

beforeEach(async () => {
  dir = makeTempDir();
  // After the example meeting (10:00), so the example can be loaded held.
  clock = new Date('2026-03-19T16:00:00Z');
  app = startApplication({ dataDir: dir.path, actor: 'test-user', logger: silentLogger, key: Buffer.alloc(32, 7), backupEveryHours: 0, now: () => clock, appLock: false });
  example = await ok(app, 'loadExampleConference', {});
  await ok(app, 'saveContribution', {
    id: randomUUID(), conferenceId: example.id, agendaItemId: example.agenda[3]?.id, speaker: { kind: 'chair' },
    kind: 'information', text: 'Jordan is released under investigation.', spokenAt: '10:40',
  });
});
afterEach(() => {
  app.close();
  dir.remove();
});

/** Finalised as sign-off leaves it, with an amendment (the lock refuses any other change). */
async function finaliseWithAmendment(conferenceId: string) {
  app.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(conferenceId);
  await ok(app, 'amendConference', { conferenceId, id: randomUUID(), section: 'decision', correction: 'Leo’s category is emotional abuse.', reason: 'Typing error.' });
}

const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('local retention', () => {
  it('keeps a conference until it is exported and its retention period has passed', async () => {
    await finaliseWithAmendment(example.id);
    expect((await ok(app, 'listRetention', {}))[0]).toMatchObject({ state: 'not-exported' });
    expect((await refused(app, 'removeConference', { conferenceId: example.id, confirmation: 'REMOVE' })).kind).toBe('conflict');
    const marked = await ok(app, 'markExportedToCms', { conferenceId: example.id });
    expect(marked[0]).toMatchObject({ state: 'kept', removableFrom: '2026-06-17' });
    expect((await refused(app, 'removeConference', { conferenceId: example.id, confirmation: 'REMOVE' })).message).toMatch(/until its retention period ends/);
  });

  it('removes a finalised, amended conference and its family after the period, with an audit entry', async () => {
    await finaliseWithAmendment(example.id);
    await ok(app, 'markExportedToCms', { conferenceId: example.id });
    clock = new Date('2026-06-18T09:00:00Z');
    expect((await ok(app, 'listRetention', {}))[0]).toMatchObject({ state: 'due' });
    expect((await refused(app, 'removeConference', { conferenceId: example.id, confirmation: 'yes' })).kind).toBe('validation');

    const after = await ok(app, 'removeConference', { conferenceId: example.id, confirmation: 'REMOVE' });
    expect(after).toEqual([]);
    for (const table of ['conference', 'family', 'child', 'family_member', 'relationship', 'contribution', 'invitation', 'agency_report', 'agenda_item', 'amendment', 'cms_export', 'retention_removal']) {
      expect(count(table), table).toBe(0);
    }
    // Professionals are shared with other families and stay.
    expect(count('professional')).toBeGreaterThan(0);
    const audit = app.db.prepare("SELECT actor, action, entity, entity_id FROM audit_event WHERE entity = 'conference-retention'").all();
    expect(audit).toEqual([{ actor: 'test-user', action: 'delete', entity: 'conference-retention', entity_id: example.id }]);
    // The sign-off lock still holds for everything else.
    const other = await ok(app, 'createConference', anInitialConference());
    app.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(other.id);
    expect(() => app.db.prepare('DELETE FROM conference WHERE id = ?').run(other.id)).toThrow(/finalised/);
  });

  it('keeps the family when another conference here is about them, and unlinks a later review', async () => {
    const review = await ok(app, 'createConference', anInitialConference({ type: 'review' }));
    app.db.prepare('UPDATE child SET family_id = ? WHERE family_id = ?').run(example.familyId, review.familyId);
    app.db.prepare('UPDATE conference SET family_id = ?, previous_conference_id = ? WHERE id = ?').run(example.familyId, example.id, review.id);
    await finaliseWithAmendment(example.id);
    await ok(app, 'markExportedToCms', { conferenceId: example.id });
    clock = new Date('2026-06-18T09:00:00Z');
    await ok(app, 'removeConference', { conferenceId: example.id, confirmation: 'REMOVE' });
    expect(count('family')).toBe(2);
    expect(app.db.prepare('SELECT previous_conference_id FROM conference WHERE id = ?').pluck().get(review.id)).toBeNull();
    expect(count('family_member')).toBe(5);
  });

  it('a conference removed at the end of its retention stays removed when an older backup is restored', async () => {
    await finaliseWithAmendment(example.id);
    await ok(app, 'markExportedToCms', { conferenceId: example.id });
    const [backup] = await ok(app, 'backupNow', {});
    if (!backup) throw new Error('no backup made');
    clock = new Date('2026-06-18T09:00:00Z');
    await ok(app, 'removeConference', { conferenceId: example.id, confirmation: 'REMOVE' });
    await ok(app, 'restoreBackup', { name: backup.name, confirmation: 'RESTORE' });
    for (const table of ['conference', 'family', 'child', 'contribution', 'amendment']) expect(count(table), table).toBe(0);
    // The restored trail, which ended before the removal, says it happened again.
    expect(app.db.prepare("SELECT count(*) FROM audit_event WHERE action = 'delete' AND entity = 'conference-retention' AND entity_id = ?").pluck().get(example.id)).toBe(1);
  });

  it('follows the authority’s retention period', async () => {
    await ok(app, 'updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, retentionDays: 30 } });
    await finaliseWithAmendment(example.id);
    await ok(app, 'markExportedToCms', { conferenceId: example.id });
    expect((await ok(app, 'listRetention', {}))[0]).toMatchObject({ state: 'kept', removableFrom: '2026-04-18' });
    clock = new Date('2026-04-18T09:00:00Z');
    expect((await ok(app, 'listRetention', {}))[0]).toMatchObject({ state: 'due' });
  });
});

describe('handover of a finalised conference', { timeout: 60_000 }, () => {
  it('arrives finalised, with its amendment', async () => {
    // Signed off for real: a package's finalised conference must pass the sign-off checks.
    const finalised = await ok(app, 'loadExampleConference', { stage: 'finalised' });
    await ok(app, 'amendConference', { conferenceId: finalised.id, id: randomUUID(), section: 'decision', correction: 'The category is emotional abuse.', reason: 'Typing error.' });
    const pack = await ok(app, 'exportHandover', { conferenceId: finalised.id, passphrase: 'kettle harbour violet' });
    const otherDir = makeTempDir();
    const other = startApplication({ dataDir: otherDir.path, actor: 'chair', logger: silentLogger, key: Buffer.alloc(32, 9), backupEveryHours: 0, appLock: false });
    await ok(other, 'importHandover', { content: pack.content, passphrase: 'kettle harbour violet' });
    const imported = await other.dispatch('getConference', { conferenceId: finalised.id }, trusted);
    expect(imported).toMatchObject({ ok: true, value: { status: 'finalised' } });
    expect(other.db.prepare('SELECT count(*) FROM amendment').pluck().get()).toBe(1);
    other.close();
    otherDir.remove();
  });
});

describe('issue 14: removal at the end of retention', () => {
  const markedAndDue = async (conferenceId: string) => {
    await ok(app, 'markExportedToCms', { conferenceId });
    clock = new Date('2026-06-18T09:00:00Z');
  };

  it('issue 14 item 5: a real finalised conference, with its review, amendment and paired safety goals, is removed at the end of retention', async () => {
    const finalised = await ok(app, 'loadExampleConference', { stage: 'finalised' });
    const goals = app.db.prepare("SELECT count(*) FROM safety_statement WHERE conference_id = ? AND kind = 'safety-goal'").pluck().get(finalised.id) as number;
    expect(goals).toBeGreaterThan(0);
    await ok(app, 'amendConference', { conferenceId: finalised.id, id: randomUUID(), section: 'decision', correction: 'Leo’s category is emotional abuse.', reason: 'Typing error.' });
    const review = await ok(app, 'startReview', { previousConferenceId: finalised.id });
    // The review is signed off too: it keeps its record and loses only its link to the conference removed.
    app.db.prepare("UPDATE conference SET status = 'finalised', held_date = scheduled_date, held_time = scheduled_time WHERE id = ?").run(review.id);
    const reviewBefore = app.db.prepare('SELECT * FROM conference WHERE id = ?').get(review.id) as Record<string, unknown>;
    await markedAndDue(finalised.id);

    await ok(app, 'removeConference', { conferenceId: finalised.id, confirmation: 'REMOVE' });
    const left = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table} WHERE conference_id = ?`).pluck().get(finalised.id) as number;
    expect(app.db.prepare('SELECT count(*) FROM conference WHERE id = ?').pluck().get(finalised.id)).toBe(0);
    for (const table of ['safety_statement', 'decision', 'plan_outcome', 'contribution', 'amendment', 'distribution_recipient', 'cms_export', 'retention_removal']) {
      expect(left(table), table).toBe(0);
    }
    expect(app.db.prepare('SELECT * FROM conference WHERE id = ?').get(review.id)).toEqual({ ...reviewBefore, previous_conference_id: null });
    // The review's own paired goals stay, and so does the family.
    expect(app.db.prepare("SELECT count(*) FROM safety_statement WHERE conference_id = ? AND kind = 'safety-goal'").pluck().get(review.id)).toBe(goals);
    expect(app.db.prepare('SELECT count(*) FROM family WHERE id = ?').pluck().get(finalised.familyId)).toBe(1);
  });

  it('issue 14 item 5: a real finalised conference that is its family’s only one is removed with its family', async () => {
    const finalised = await ok(app, 'loadExampleConference', { stage: 'finalised' });
    await markedAndDue(finalised.id);
    await ok(app, 'removeConference', { conferenceId: finalised.id, confirmation: 'REMOVE' });
    expect(app.db.prepare('SELECT count(*) FROM family WHERE id = ?').pluck().get(finalised.familyId)).toBe(0);
    expect(app.db.prepare('SELECT count(*) FROM child WHERE family_id = ?').pluck().get(finalised.familyId)).toBe(0);
    // The other family here, and its conference, are untouched.
    expect((await ok(app, 'listRetention', {})).map((item) => item.conferenceId)).toEqual([example.id]);
  });

  it('issue 14 item 5: only a finalised conference can be marked as exported to the case-management system', async () => {
    const error = await refused(app, 'markExportedToCms', { conferenceId: example.id });
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('Only a finalised conference can be marked as exported to the case-management system. Finalise it first, then export it.');
    expect(count('cms_export')).toBe(0);
  });

  it('issue 14 item 5: the retention period cannot be set below 30 days', async () => {
    for (const retentionDays of [0, 29]) {
      const error = await refused(app, 'updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, retentionDays } });
      expect(error.kind).toBe('validation');
      expect(error.fields?.['settings.retentionDays']).toMatch(/at least 30 days after it is exported/);
    }
    // A shorter period saved before the floor is read as the floor, and the other settings are kept.
    app.db.prepare("INSERT INTO authority_settings (id, settings, updated_at) VALUES (1, ?, 'now')").run(JSON.stringify({ ...DEFAULT_AUTHORITY_SETTINGS, retentionDays: 0, idleLockMinutes: 20 }));
    expect(await ok(app, 'getAuthoritySettings', {})).toMatchObject({ retentionDays: 30, idleLockMinutes: 20 });
  });
});
