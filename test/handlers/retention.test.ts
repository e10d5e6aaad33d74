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
  clock = new Date('2026-03-19T09:00:00Z');
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
  app.db.prepare("UPDATE conference SET status = 'finalised' WHERE id = ?").run(conferenceId);
  await ok(app, 'amendConference', { conferenceId, id: randomUUID(), section: 'decision', correction: 'Leo’s category is emotional abuse.', reason: 'Typing error.' });
}

const count = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('local retention', () => {
  it('keeps a conference until it is exported and its retention period has passed', async () => {
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
    app.db.prepare("UPDATE conference SET status = 'finalised' WHERE id = ?").run(other.id);
    expect(() => app.db.prepare('DELETE FROM conference WHERE id = ?').run(other.id)).toThrow(/finalised/);
  });

  it('keeps the family when another conference here is about them, and unlinks a later review', async () => {
    const review = await ok(app, 'createConference', anInitialConference({ type: 'review' }));
    app.db.prepare('UPDATE child SET family_id = ? WHERE family_id = ?').run(example.familyId, review.familyId);
    app.db.prepare('UPDATE conference SET family_id = ?, previous_conference_id = ? WHERE id = ?').run(example.familyId, example.id, review.id);
    await ok(app, 'markExportedToCms', { conferenceId: example.id });
    clock = new Date('2026-06-18T09:00:00Z');
    await ok(app, 'removeConference', { conferenceId: example.id, confirmation: 'REMOVE' });
    expect(count('family')).toBe(2);
    expect(app.db.prepare('SELECT previous_conference_id FROM conference WHERE id = ?').pluck().get(review.id)).toBeNull();
    expect(count('family_member')).toBe(5);
  });

  it('follows the authority’s retention period', async () => {
    await ok(app, 'updateAuthoritySettings', { settings: { ...DEFAULT_AUTHORITY_SETTINGS, retentionDays: 0 } });
    await ok(app, 'markExportedToCms', { conferenceId: example.id });
    expect((await ok(app, 'listRetention', {}))[0]).toMatchObject({ state: 'due' });
  });
});

describe('handover of a finalised conference', () => {
  it('arrives finalised, with its amendment', async () => {
    await finaliseWithAmendment(example.id);
    const pack = await ok(app, 'exportHandover', { conferenceId: example.id, passphrase: 'kettle harbour violet' });
    const otherDir = makeTempDir();
    const other = startApplication({ dataDir: otherDir.path, actor: 'chair', logger: silentLogger, key: Buffer.alloc(32, 9), backupEveryHours: 0, appLock: false });
    await ok(other, 'importHandover', { content: pack.content, passphrase: 'kettle harbour violet' });
    const imported = await other.dispatch('getConference', { conferenceId: example.id }, trusted);
    expect(imported).toMatchObject({ ok: true, value: { status: 'finalised' } });
    expect(other.db.prepare('SELECT count(*) FROM amendment').pluck().get()).toBe(1);
    other.close();
    otherDir.remove();
  });
});
